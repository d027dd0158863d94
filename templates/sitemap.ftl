<#ftl output_format="XML">
<#-- sitemap.xml: every page, with its translations as xhtml:link alternates. -->
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
<#list urls as url>
  <url>
    <loc>${url.loc}</loc>
<#list url.alternates as alternate>
    <xhtml:link rel="alternate" hreflang="${alternate.hreflang}" href="${alternate.url}"/>
</#list>
  </url>
</#list>
</urlset>
