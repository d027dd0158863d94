<#ftl output_format="HTML">
<#--
  A list of news cards, newest first.
  Parameters: items (NewsCard), headingLevel (the level of each item's title: 2 or 3), empty (the text shown when
  there are no items; empty: nothing).
-->
<#import "news-card.ftl" as newsCard>
<#macro newsList items headingLevel=2 empty="">
<#if items?has_content>
<ol class="news-list">
  <#list items as item>
  <li class="news-list__item"><@newsCard.newsCard item=item headingLevel=headingLevel/></li>
  </#list>
</ol>
<#elseif empty?has_content>
<p class="news-list__empty">${empty}</p>
</#if>
</#macro>
