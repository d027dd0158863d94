<#ftl output_format="HTML">
<#-- A news item: title, date, summary, lead image, text, tags, links to the newer and older items. -->
<#import "layout.ftl" as layout>
<#import "components/tag-list.ftl" as tagList>
<#import "components/document-navigation.ftl" as documentNavigation>
<@layout.page>
<article class="article">
  <header class="article__header">
    <h1 class="article__title">${doc.title}</h1>
    <p class="article__date">${t.news.published}: <time datetime="${doc.dateIso}">${doc.dateText}</time></p>
    <#if doc.summary?has_content><p class="article__summary">${doc.summary}</p></#if>
  </header>
  <#if doc.image??>
  <figure class="article__figure"><img class="article__image" src="${doc.image.url}" alt="${doc.image.alt}"></figure>
  </#if>
  <div class="prose">${doc.body}</div>
  <#if doc.tags?has_content>
  <footer class="article__footer">
    <h2 class="article__tags-title">${t.news.tags}</h2>
    <@tagList.tagList tags=doc.tags/>
  </footer>
  </#if>
</article>
<@documentNavigation.documentNavigation newer=doc.newer! older=doc.older!/>
</@layout.page>
