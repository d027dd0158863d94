<#ftl output_format="HTML">
<#--
  A news item or project page being read: title, summary, lead image and text; for a news item also its date and
  tags.
  The lead image is loaded first (not lazily) and keeps its place while it loads (width and height); a browser picks
  the copy for its screen from srcset. Its caption and credit, when given, are shown under it.
  Parameters: doc (DocumentView: title, dateIso, dateText, summary, image, body, tags, news, state), publishedLabel
  (the text before the date), tagsLabel (the heading of the tags), creditLabel (the word before the image credit:
  "Photo"), draftLabel and scheduledLabel (the badge of an item
  readers cannot see yet: the preview sets doc.state, a build never does).
-->
<#import "tag-list.ftl" as tagList>
<#macro article doc publishedLabel tagsLabel creditLabel draftLabel scheduledLabel>
<article class="article<#if !doc.news> article--page</#if>">
  <header class="article__header">
    <#if doc.state?has_content>
    <p class="article__badge article__badge--${doc.state}"><#if doc.state == "draft">${draftLabel}<#else>${scheduledLabel}</#if></p>
    </#if>
    <h1 class="article__title">${doc.title}</h1>
    <#if doc.news>
    <p class="article__date">${publishedLabel}: <time datetime="${doc.dateIso}">${doc.dateText}</time></p>
    </#if>
    <#if doc.summary?has_content><p class="article__summary">${doc.summary}</p></#if>
  </header>
  <#if doc.image??>
  <figure class="article__figure"><img class="article__image" src="${doc.image.url}" alt="${doc.image.alt}"<#if doc.image.width gt 0> width="${doc.image.width?c}" height="${doc.image.height?c}"</#if><#if doc.image.srcset?has_content> srcset="${doc.image.srcset}" sizes="${doc.image.sizes}"</#if> decoding="async" fetchpriority="high"><#if doc.image.caption?has_content || doc.image.credit?has_content>
    <figcaption class="article__caption"><#if doc.image.caption?has_content>${doc.image.caption}</#if><#if doc.image.credit?has_content> <span class="article__credit">${creditLabel}: ${doc.image.credit}</span></#if></figcaption></#if></figure>
  </#if>
  <div class="prose">${doc.body}</div>
  <#if doc.news && doc.tags?has_content>
  <footer class="article__footer">
    <h2 class="article__tags-title">${tagsLabel}</h2>
    <@tagList.tagList tags=doc.tags/>
  </footer>
  </#if>
</article>
</#macro>
