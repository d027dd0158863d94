<#ftl output_format="HTML">
<#--
  Open Graph and Twitter card tags: how the page looks when shared.
  Parameters: type (og:type: article or website), siteName, title, description, url (canonical URL; empty: none),
  image and imageAlt (the picture shown; a news item's lead picture cut to 1200 × 630), imageWidth and imageHeight
  (its size in pixels, 0 when not known: then no size tags), locale (this edition's og:locale), alternates (the
  page's Alternate links: each other Open Graph locale among them becomes an og:locale:alternate), published (news
  date; empty: none).
-->
<#macro sharingMeta type siteName title description url image imageAlt imageWidth imageHeight locale alternates
    published>
<meta property="og:type" content="${type}">
<meta property="og:site_name" content="${siteName}">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${description}">
<#if url?has_content>
<meta property="og:url" content="${url}">
</#if>
<meta property="og:image" content="${image}">
<#if imageWidth gt 0 && imageHeight gt 0>
<meta property="og:image:width" content="${imageWidth?c}">
<meta property="og:image:height" content="${imageHeight?c}">
</#if>
<meta property="og:image:alt" content="${imageAlt}">
<meta property="og:locale" content="${locale}">
<#list alternates?filter(a -> a.ogLocale?has_content && a.ogLocale != locale) as alternate>
<meta property="og:locale:alternate" content="${alternate.ogLocale}">
</#list>
<#if published?has_content>
<meta property="article:published_time" content="${published}">
</#if>
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:image" content="${image}">
<meta name="twitter:image:alt" content="${imageAlt}">
</#macro>
