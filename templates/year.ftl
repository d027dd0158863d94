<#ftl output_format="HTML">
<#-- The news items of one year. -->
<#import "layout.ftl" as layout>
<#import "components/titled-news-list.ftl" as titledNewsList>
<@layout.page>
<@titledNewsList.titledNewsList title=meta.title items=news moreUrl=edition.archiveUrl!"" moreLabel=t.nav.archive/>
</@layout.page>
