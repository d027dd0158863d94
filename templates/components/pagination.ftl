<#ftl output_format="HTML">
<#-- Links between the pages of a paginated list: newer, the first, nearby and last page numbers, older. -->
<#macro pagination pagination>
<#if pagination.total gt 1>
<nav class="pagination" aria-label="${t.a11y.pagination}">
  <ul class="pagination__list">
    <#if pagination.previousUrl??>
    <li class="pagination__item pagination__item--previous"><a class="pagination__link" href="${pagination.previousUrl}" rel="prev">${t.pagination.previous}</a></li>
    </#if>
    <#list pagination.pages as number>
    <#if number.gap>
    <li class="pagination__item pagination__item--gap" aria-hidden="true">…</li>
    <#else>
    <li class="pagination__item">
      <#if number.current>
      <span class="pagination__current" aria-current="page">${t.pagination.page?replace("{0}", number.number?c)}</span>
      <#else>
      <a class="pagination__link" href="${number.url}">${t.pagination.page?replace("{0}", number.number?c)}</a>
      </#if>
    </li>
    </#if>
    </#list>
    <#if pagination.nextUrl??>
    <li class="pagination__item pagination__item--next"><a class="pagination__link" href="${pagination.nextUrl}" rel="next">${t.pagination.next}</a></li>
    </#if>
  </ul>
</nav>
</#if>
</#macro>
