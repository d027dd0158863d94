<#ftl output_format="HTML">
<#-- A project page (About, Partners, …). -->
<#import "layout.ftl" as layout>
<#import "components/tag-list.ftl" as tagList>
<@layout.page>
<article class="article article--page">
  <header class="article__header">
    <h1 class="article__title">${doc.title}</h1>
    <#if doc.summary?has_content><p class="article__summary">${doc.summary}</p></#if>
  </header>
  <#if doc.image??>
  <figure class="article__figure"><img class="article__image" src="${doc.image.url}" alt="${doc.image.alt}"></figure>
  </#if>
  <div class="prose">${doc.body}</div>
</article>
</@layout.page>
