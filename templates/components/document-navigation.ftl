<#ftl output_format="HTML">
<#--
  Links to the newer and older news items in the same language. Nothing when there is neither.
  Parameters: newer and older (Link: title, url; empty: none), label (the landmark's name), newerLabel and
  olderLabel (the texts shown before each link).
-->
<#macro documentNavigation label newerLabel olderLabel newer="" older="">
<#if newer?has_content || older?has_content>
<nav class="document-navigation" aria-label="${label}">
  <ul class="document-navigation__list">
    <#if newer?has_content>
    <li class="document-navigation__item document-navigation__item--newer">
      <span class="document-navigation__label">${newerLabel}</span>
      <a class="document-navigation__link" href="${newer.url}" rel="next">${newer.title}</a>
    </li>
    </#if>
    <#if older?has_content>
    <li class="document-navigation__item document-navigation__item--older">
      <span class="document-navigation__label">${olderLabel}</span>
      <a class="document-navigation__link" href="${older.url}" rel="prev">${older.title}</a>
    </li>
    </#if>
  </ul>
</nav>
</#if>
</#macro>
