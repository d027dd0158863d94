<#ftl output_format="HTML">
<#--
  Language switcher: one entry per edition. The current edition is marked, not linked. Each link goes to the same
  page in the other edition, or (with a visible note) to that edition's home page when the page has no translation.
  Each entry shows the edition's own name in its own language ("Latinica"); screen readers also hear its name in the
  page's language ("Latinica – Serbian (Latin)" on an English page; the visible name comes first, for voice control).
  Parameters: items (SwitcherItem: label, hreflang, url, current, translated, note, name), label (the landmark's
  name).
-->
<#macro languageSwitcher items label>
<nav class="language-switcher" aria-label="${label}">
  <ul class="language-switcher__list">
  <#list items as item>
    <li class="language-switcher__item">
    <#if item.current>
      <span class="language-switcher__current" aria-current="true"><span lang="${item.hreflang}">${item.label}</span><#if item.name != item.label><span class="visually-hidden"> – ${item.name}</span></#if></span>
    <#else>
      <a class="language-switcher__link" href="${item.url}" hreflang="${item.hreflang}"><span lang="${item.hreflang}">${item.label}</span><#if item.name != item.label><span class="visually-hidden"> – ${item.name}</span></#if></a>
      <#if !item.translated><span class="language-switcher__note">${item.note}</span></#if>
    </#if>
    </li>
  </#list>
  </ul>
</nav>
</#macro>
