<#ftl output_format="HTML">
<#-- All tags of an edition with the number of items for each. -->
<#import "layout.ftl" as layout>
<#import "components/counted-links.ftl" as countedLinks>
<@layout.page>
<h1 class="page-title">${meta.title}</h1>
<@countedLinks.countedLinks block="tag-index" items=tags?map(s -> {"text": s.name, "url": s.url, "count": s.countText})
    empty=t.tags.empty/>
</@layout.page>
