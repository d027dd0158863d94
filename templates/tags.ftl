<#ftl output_format="HTML">
<#-- All tags of an edition with the number of items for each. -->
<#import "layout.ftl" as layout>
<@layout.page>
<h1 class="page-title">${meta.title}</h1>
<#if tags?has_content>
<ul class="tag-index">
  <#list tags as tag>
  <li class="tag-index__item"><a class="tag-index__link" href="${tag.url}">${tag.name}</a> <span class="tag-index__count">(${t.tags.count?replace("{0}", tag.count?c)})</span></li>
  </#list>
</ul>
<#else>
<p>${t.tags.empty}</p>
</#if>
</@layout.page>
