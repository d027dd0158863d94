<#ftl output_format="HTML">
<#--
  Main menu: home, news and the project pages that have a 'menu' number.
  Parameters: items (MenuItem: title, url, current), label (the landmark's name).
-->
<#macro siteNavigation items label>
<nav class="site-navigation" aria-label="${label}">
  <ul class="site-navigation__list">
  <#list items as item>
    <li class="site-navigation__item"><a class="site-navigation__link" href="${item.url}"<#if item.current> aria-current="page"</#if>>${item.title}</a></li>
  </#list>
  </ul>
</nav>
</#macro>
