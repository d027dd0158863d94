<#ftl output_format="HTML">
<#--
  Site header: project name (link to the edition's home), language switcher, search box, main menu.
  Parameters: homeUrl, name and tagline (the brand link); languages and languagesLabel (the language switcher's
  items and landmark name); search (false on the search page itself), searchUrl, searchLabel and searchButton (the
  search box); menuItems and menuLabel (the main menu's items and landmark name).
-->
<#import "language-switcher.ftl" as languageSwitcher>
<#import "site-navigation.ftl" as siteNavigation>
<#import "search-box.ftl" as searchBox>
<#macro siteHeader homeUrl name tagline languages languagesLabel search searchUrl searchLabel searchButton menuItems
    menuLabel>
<header class="site-header">
  <div class="site-header__inner">
    <a class="site-header__brand" href="${homeUrl}">
      <span class="site-header__name">${name}</span>
      <span class="site-header__tagline">${tagline}</span>
    </a>
    <div class="site-header__tools">
      <@languageSwitcher.languageSwitcher items=languages label=languagesLabel/>
      <#if search><@searchBox.searchBox action=searchUrl label=searchLabel button=searchButton/></#if>
    </div>
  </div>
  <@siteNavigation.siteNavigation items=menuItems label=menuLabel/>
</header>
</#macro>
