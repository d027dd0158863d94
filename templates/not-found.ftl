<#ftl output_format="HTML">
<#--
  The 404 page. Every link in it is absolute (base path included), so it works whatever the depth of the missing
  address. The root 404.html (served by GitHub Pages for any missing address) repeats the text in every edition.
-->
<#import "layout.ftl" as layout>
<@layout.page>
<div class="not-found">
<h1 class="page-title">${t.notFound.title}</h1>
<p>${t.notFound.text}</p>
<p><a href="${edition.homeUrl}">${t.notFound.home}</a></p>
<#list editions as other>
<#if other.lang != edition.lang>
<section class="not-found__edition" lang="${other.lang}" aria-labelledby="not-found-${other?index}">
  <h2 id="not-found-${other?index}">${other.title}</h2>
  <p>${other.text}</p>
  <p><a href="${other.homeUrl}" hreflang="${other.lang}">${other.homeLabel}</a></p>
</section>
</#if>
</#list>
</div>
</@layout.page>
