<#ftl output_format="HTML">
<#-- Items carrying one tag. -->
<#import "layout.ftl" as layout>
<#import "components/titled-news-list.ftl" as titledNewsList>
<@layout.page>
<@titledNewsList.titledNewsList title=meta.title items=news moreUrl=edition.tagsUrl!"" moreLabel=t.nav.tags/>
</@layout.page>
