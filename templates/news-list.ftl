<#ftl output_format="HTML">
<#-- One page of the news list, newest first. -->
<#import "layout.ftl" as layout>
<#import "components/news-list.ftl" as newsList>
<#import "components/pagination.ftl" as paginationNav>
<@layout.page>
<h1 class="page-title">${meta.title}</h1>
<@newsList.newsList items=news headingLevel=2 empty=t.news.empty/>
<@paginationNav.pagination pagination=pagination label=t.a11y.pagination previous=t.pagination.previous
    next=t.pagination.next page=t.pagination.page/>
</@layout.page>
