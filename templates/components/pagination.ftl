<#ftl output_format="HTML">
<#--
  Links between the pages of a paginated list: newer, the first, nearby and last page numbers, older. Nothing when
  there is only one page.
  Parameters: pagination (Pagination: total, previousUrl, nextUrl, pages), label (the landmark's name), previous and
  next (the texts of the links to newer and older pages), page (the text of a page number, "{0}" standing for it).
-->
<#macro pagination pagination label previous next page>
<#if pagination.total gt 1>
<nav class="pagination" aria-label="${label}">
  <ul class="pagination__list">
    <#if pagination.previousUrl??>
    <li class="pagination__item pagination__item--previous"><a class="pagination__link" href="${pagination.previousUrl}" rel="prev">${previous}</a></li>
    </#if>
    <#list pagination.pages as number>
    <#if number.gap>
    <li class="pagination__item pagination__item--gap" aria-hidden="true">…</li>
    <#else>
    <li class="pagination__item">
      <#if number.current>
      <span class="pagination__current" aria-current="page">${page?replace("{0}", number.number?c)}</span>
      <#else>
      <a class="pagination__link" href="${number.url}">${page?replace("{0}", number.number?c)}</a>
      </#if>
    </li>
    </#if>
    </#list>
    <#if pagination.nextUrl??>
    <li class="pagination__item pagination__item--next"><a class="pagination__link" href="${pagination.nextUrl}" rel="next">${next}</a></li>
    </#if>
  </ul>
</nav>
</#if>
</#macro>
