<#ftl output_format="HTML">
<#--
  Site header: the site's name (a link to the edition's home), the language switcher, and a menu holding the search
  box and the main menu. The menu is a <details> element, so it opens and closes without JavaScript: on a phone only
  its button ("Menu") shows, beside the switcher, and opens the search box and the menu below it; on a wider screen
  the stylesheet shows its content as it is and hides the button (where a browser cannot do that, the button stays
  and works there too). The order a keyboard follows is the reading order: name, switcher, (button,) search, menu.
  Parameters: homeUrl and name (the name link); languages and languagesLabel (the language switcher's items and
  landmark name); search (false on the search page itself), searchUrl, searchLabel and searchButton (the search
  box); menuItems and menuLabel (the main menu's items and landmark name); menuButton (the text of the button that
  opens the menu on a phone) and menuButtonName (its name for screen readers, which starts with that text and says
  what the menu holds).
-->
<#import "language-switcher.ftl" as languageSwitcher>
<#import "site-navigation.ftl" as siteNavigation>
<#import "search-box.ftl" as searchBox>
<#macro siteHeader homeUrl name languages languagesLabel search searchUrl searchLabel searchButton menuItems
    menuLabel menuButton menuButtonName>
<header class="site-header">
  <div class="site-header__inner">
    <a class="site-header__brand" href="${homeUrl}">${name}</a>
    <@languageSwitcher.languageSwitcher items=languages label=languagesLabel/>
    <details class="site-header__menu">
      <summary class="site-header__menu-button"<#if menuButtonName != menuButton> aria-label="${menuButtonName}"</#if>>${menuButton}</summary>
      <#if search><@searchBox.searchBox action=searchUrl label=searchLabel button=searchButton/></#if>
      <@siteNavigation.siteNavigation items=menuItems label=menuLabel/>
    </details>
  </div>
</header>
</#macro>
