<#ftl output_format="HTML">
<#-- The archive: years with the number of news items published in each. -->
<#import "layout.ftl" as layout>
<@layout.page>
<h1 class="page-title">${meta.title}</h1>
<#if years?has_content>
<ul class="year-index">
  <#list years as year>
  <li class="year-index__item"><a class="year-index__link" href="${year.url}">${year.year?c}</a> <span class="year-index__count">(${t.archive.count?replace("{0}", year.count?c)})</span></li>
  </#list>
</ul>
<#else>
<p>${t.archive.empty}</p>
</#if>
</@layout.page>
