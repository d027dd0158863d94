<#ftl output_format="HTML">
<#--
  A page's title over its list of news cards, and optionally a link onwards (the news of a tag or of a year).
  Parameters: title, items (NewsCard), empty (the text shown when there are no items; empty: nothing), moreUrl and
  moreLabel (the link after the list; empty: none).
-->
<#import "news-list.ftl" as newsList>
<#macro titledNewsList title items empty="" moreUrl="" moreLabel="">
<h1 class="page-title">${title}</h1>
<@newsList.newsList items=items headingLevel=2 empty=empty/>
<#if moreUrl?has_content>
<p class="page-more"><a href="${moreUrl}">${moreLabel}</a></p>
</#if>
</#macro>
