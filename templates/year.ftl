<#ftl output_format="HTML">
<#-- The news items of one year. -->
<#import "layout.ftl" as layout>
<#import "components/news-list.ftl" as newsList>
<@layout.page>
<h1 class="page-title">${meta.title}</h1>
<@newsList.newsList items=news headingLevel=2/>
<p class="page-more"><a href="${edition.archiveUrl}">${t.nav.archive}</a></p>
</@layout.page>
