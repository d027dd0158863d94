<#ftl output_format="HTML">
<#-- The archive: years with the number of news items published in each. -->
<#import "layout.ftl" as layout>
<#import "components/counted-links.ftl" as countedLinks>
<@layout.page>
<h1 class="page-title">${meta.title}</h1>
<@countedLinks.countedLinks block="year-index" items=years?map(y -> {"text": y.year?c, "url": y.url, "count": y.countText})
    empty=t.archive.empty/>
</@layout.page>
