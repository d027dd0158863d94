<#ftl output_format="HTML">
<#--
  The one page layout. Every HTML page template wraps its content in <@layout.page> … </@layout.page>:
  the layout writes <html lang>, the <head> (title, description, canonical, hreflang alternates, feed, styles),
  the skip link, the site header, <main id="main"> with the page content, and the footer.
  It reads the model (site, edition, t: the UI strings, meta: PageMeta, menu, jsonLd) and passes each component
  the values and UI strings it shows: components never read the model themselves.
-->
<#import "components/site-header.ftl" as siteHeader>
<#import "components/site-footer.ftl" as siteFooter>
<#import "components/sharing-meta.ftl" as sharingMeta>
<#import "components/structured-data.ftl" as structuredData>
<#macro page>
<!DOCTYPE html>
<html lang="${edition.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'">
<title><#if meta.kind == "home" || meta.kind == "root">${t.site.name}<#else>${meta.title} | ${t.site.shortName}</#if></title>
<meta name="description" content="${meta.description}">
<#if meta.noindex>
<meta name="robots" content="noindex">
</#if>
<#if meta.canonicalUrl?has_content>
<link rel="canonical" href="${meta.canonicalUrl}">
</#if>
<#list meta.alternates as alternate>
<link rel="alternate" hreflang="${alternate.hreflang}" href="${alternate.url}">
</#list>
<@sharingMeta.sharingMeta type=meta.ogType() siteName=t.site.name title=meta.title description=meta.description
    url=meta.canonicalUrl image=meta.image imageAlt=meta.imageAlt imageWidth=meta.imageWidth
    imageHeight=meta.imageHeight locale=edition.ogLocale alternates=meta.alternates
    published=meta.published/>
<@structuredData.structuredData json=jsonLd!/>
<#if edition.feedUrl??>
<link rel="alternate" type="application/atom+xml" title="${t.feed.title}" href="${edition.feedUrl}">
</#if>
<link rel="stylesheet" href="${site.stylesheetUrl}">
<link rel="stylesheet" href="${site.printStylesheetUrl}" media="print">
<link rel="icon" href="${site.iconUrl}" type="image/svg+xml">
<#if meta.refreshUrl?has_content>
<meta http-equiv="refresh" content="0; url=${meta.refreshUrl}">
</#if>
</head>
<body class="page page--${meta.kind}">
<a class="skip-link" href="#main">${t.a11y.skipToContent}</a>
<#-- the header names the site by its short name: the home page's heading is the project's full name -->
<@siteHeader.siteHeader homeUrl=edition.homeUrl name=t.site.shortName languages=meta.switcher
    languagesLabel=t.a11y.languageNavigation search=(meta.kind != "search") searchUrl=edition.searchUrl
    searchLabel=t.search.label searchButton=t.search.button menuItems=menu menuLabel=t.a11y.mainNavigation
    menuButton=t.nav.menu menuButtonName=(meta.kind != "search")?then(t.nav.menuAndSearch, t.nav.menu)/>
<main id="main" class="site-main" tabindex="-1">
<div class="site-main__inner">
<#nested>
</div>
</main>
<#-- a page jbake.properties' render.* switches off has no address, and no link -->
<@siteFooter.siteFooter about=t.footer.about publisher=t.site.publisher supporters=supporters
  partnersLabel=t.footer.partners links=[
    {"title": t.nav.archive, "url": edition.archiveUrl!""},
    {"title": t.nav.tags, "url": edition.tagsUrl!""},
    {"title": t.footer.feed, "url": edition.feedUrl!"", "type": "application/atom+xml"}
  ]?filter(link -> link.url?has_content) editUrl=meta.editUrl editLabel=t.footer.edit/>
</body>
</html>
</#macro>
