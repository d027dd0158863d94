<#ftl output_format="HTML">
<#import "news-card.ftl" as newsCard>
<#-- A list of news items, newest first; 'headingLevel' is the level of each item's title (2 or 3). -->
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
