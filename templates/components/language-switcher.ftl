<#ftl output_format="HTML">
<#--
  Language switcher: one entry per edition. The current edition is marked, not linked. Each link goes to the same
  page in the other edition, or (with a visible note) to that edition's home page when the page has no translation.
  Parameters: items (SwitcherItem: label, hreflang, url, current, translated, note), label (the landmark's name).
-->
<#macro languageSwitcher items label>
<nav class="language-switcher" aria-label="${label}">
  <ul class="language-switcher__list">
  <#list items as item>
    <li class="language-switcher__item">
    <#if item.current>
      <span class="language-switcher__current" lang="${item.hreflang}" aria-current="true">${item.label}</span>
    <#else>
      <a class="language-switcher__link" href="${item.url}" lang="${item.hreflang}" hreflang="${item.hreflang}">${item.label}</a>
      <#if !item.translated><span class="language-switcher__note">${item.note}</span></#if>
    </#if>
    </li>
  </#list>
  </ul>
</nav>
</#macro>
