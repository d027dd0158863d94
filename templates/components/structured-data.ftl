<#ftl output_format="HTML">
<#--
  Schema.org structured data (JSON-LD), built by the tool (StructuredData.java: NewsArticle for news items,
  Organization for the project on the home and root pages) with every "<" escaped, so it is safe as markup here.
  Parameters: json (that markup; empty: the page has none and nothing is written).
-->
<#macro structuredData json="">
<#if json?has_content>
<script type="application/ld+json">${json}</script>
</#if>
</#macro>
