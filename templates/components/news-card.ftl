<#ftl output_format="HTML">
<#--
  One news item in a list: linked title, date, summary, tags.
  Parameters: item (NewsCard: title, url, dateIso, dateText, summary, tags), headingLevel (the level of its title).
-->
<#import "tag-list.ftl" as tagList>
<#macro newsCard item headingLevel=2>
<article class="news-card">
  <h${headingLevel} class="news-card__title"><a class="news-card__link" href="${item.url}">${item.title}</a></h${headingLevel}>
  <p class="news-card__date"><time datetime="${item.dateIso}">${item.dateText}</time></p>
  <#if item.summary?has_content><p class="news-card__summary">${item.summary}</p></#if>
  <#if item.tags?has_content><@tagList.tagList tags=item.tags/></#if>
</article>
</#macro>
