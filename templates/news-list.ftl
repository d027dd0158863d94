<#ftl output_format="HTML">
<#-- One page of the news list, newest first. -->
<#import "layout.ftl" as layout>
<#import "components/titled-news-list.ftl" as titledNewsList>
<#import "components/pagination.ftl" as paginationNav>
<@layout.page>
<@titledNewsList.titledNewsList title=meta.title items=news empty=t.news.empty/>
<@paginationNav.pagination pagination=pagination label=t.a11y.pagination previous=t.pagination.previous
    next=t.pagination.next page=t.pagination.page/>
</@layout.page>
