<#ftl output_format="HTML">
<#-- Open Graph and Twitter card tags: how the page looks when shared (title, summary, image, language). -->
<#macro sharingMeta>
<#assign ogLocales = {"sr-Latn": "sr_RS", "sr-Cyrl": "sr_RS", "en": "en_GB"}>
<meta property="og:type" content="${meta.ogType()}">
<meta property="og:site_name" content="${t.site.name}">
<meta property="og:title" content="${meta.title}">
<meta property="og:description" content="${meta.description}">
<#if meta.canonicalUrl?has_content>
<meta property="og:url" content="${meta.canonicalUrl}">
</#if>
<meta property="og:image" content="${meta.image}">
<meta property="og:image:alt" content="${meta.imageAlt}">
<meta property="og:locale" content="${edition.ogLocale}">
<#list meta.alternates?filter(a -> a.hreflang != edition.lang && (ogLocales[a.hreflang]!edition.ogLocale) != edition.ogLocale) as alternate>
<meta property="og:locale:alternate" content="${ogLocales[alternate.hreflang]}">
</#list>
<#if meta.published?has_content>
<meta property="article:published_time" content="${meta.published}">
</#if>
<meta name="twitter:card" content="summary_large_image">
</#macro>
