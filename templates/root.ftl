<#ftl output_format="HTML">
<#--
  The site root (/): sends readers to the default edition with a meta refresh (no JavaScript needed), lists every
  edition for those whose browser does not follow it, and is the x-default of the home pages.
-->
<#import "layout.ftl" as layout>
<@layout.page>
<h1 class="page-title">${t.site.name}</h1>
<p>${t.root.redirect}</p>
<h2>${t.root.choose}</h2>
<ul class="edition-choice">
  <#list choices as choice>
  <li class="edition-choice__item" lang="${choice.lang}"><a class="edition-choice__link" href="${choice.url}" hreflang="${choice.lang}">${choice.label}</a> – ${choice.title}</li>
  </#list>
</ul>
</@layout.page>
