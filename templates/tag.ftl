<#ftl output_format="HTML">
<#-- Items carrying one tag. -->
<#import "layout.ftl" as layout>
<#import "components/news-list.ftl" as newsList>
<@layout.page>
<h1 class="page-title">${meta.title}</h1>
<@newsList.newsList items=news headingLevel=2/>
<p class="page-more"><a href="${edition.tagsUrl}">${t.nav.tags}</a></p>
</@layout.page>
