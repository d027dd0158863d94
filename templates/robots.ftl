<#ftl output_format="plainText">
User-agent: *
Allow: /
<#if sitemapUrl?has_content>
Sitemap: ${sitemapUrl}
</#if>
