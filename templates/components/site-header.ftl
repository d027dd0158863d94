<#ftl output_format="HTML">
<#import "language-switcher.ftl" as languageSwitcher>
<#import "site-navigation.ftl" as siteNavigation>
<#import "search-box.ftl" as searchBox>
<#-- Site header: project name (link to the edition's home), language switcher, search box, main menu. -->
<#macro siteHeader>
<header class="site-header">
  <div class="site-header__inner">
    <a class="site-header__brand" href="${edition.homeUrl}">
      <span class="site-header__name">${t.site.name}</span>
      <span class="site-header__tagline">${t.site.shortName}</span>
    </a>
    <div class="site-header__tools">
      <@languageSwitcher.languageSwitcher items=meta.switcher/>
      <#if meta.kind != "search"><@searchBox.searchBox/></#if>
    </div>
  </div>
  <@siteNavigation.siteNavigation items=menu/>
</header>
</#macro>
