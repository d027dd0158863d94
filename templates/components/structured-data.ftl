<#ftl output_format="HTML">
<#--
  Schema.org structured data (JSON-LD): NewsArticle for news items, Organization for the project on the home and
  root pages. Values are written with ?json_string (which also escapes "<"), hence ?no_esc.
-->
<#macro structuredData>
<#if meta.kind == "news">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${meta.title?json_string?no_esc}","description":"${meta.description?json_string?no_esc}","datePublished":"${meta.published?json_string?no_esc}","dateModified":"${meta.published?json_string?no_esc}","inLanguage":"${edition.lang?json_string?no_esc}","url":"${meta.canonicalUrl?json_string?no_esc}","mainEntityOfPage":"${meta.canonicalUrl?json_string?no_esc}","image":["${meta.image?json_string?no_esc}"],"author":{"@type":"Organization","name":"${t.site.publisher?json_string?no_esc}"},"publisher":{"@type":"Organization","name":"${t.site.publisher?json_string?no_esc}"}}</script>
<#elseif meta.kind == "home" || meta.kind == "root">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"${t.site.name?json_string?no_esc}","alternateName":"${t.site.shortName?json_string?no_esc}","description":"${t.site.description?json_string?no_esc}","url":"${meta.canonicalUrl?json_string?no_esc}","logo":"${meta.image?json_string?no_esc}"}</script>
</#if>
</#macro>
