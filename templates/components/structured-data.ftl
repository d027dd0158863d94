<#ftl output_format="HTML">
<#--
  Schema.org structured data (JSON-LD), built by the tool (StructuredData.java: NewsArticle for news items,
  Organization for the project on the home and root pages) with every "<" escaped, so it is safe as markup here.
-->
<#macro structuredData>
<#if jsonLd??>
<script type="application/ld+json">${jsonLd}</script>
</#if>
</#macro>
