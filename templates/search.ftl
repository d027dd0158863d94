<#ftl output_format="HTML">
<#--
  The search page. The form works without JavaScript (it reloads this page with ?q=…); assets/js/search.js reads the
  query, loads the parts of the edition's index it needs and lists the results. UI texts come from data attributes.
-->
<#import "layout.ftl" as layout>
<@layout.page>
<h1 class="page-title">${meta.title}</h1>
<form class="search-form" role="search" action="${edition.searchUrl}" method="get">
  <label class="search-form__label" for="search-query">${t.search.label}</label>
  <p class="search-form__hint" id="search-query-hint">${t.search.hint}</p>
  <div class="search-form__row">
    <input class="search-form__input" id="search-query" type="search" name="q" autocomplete="off" aria-describedby="search-query-hint">
    <button class="search-form__button" type="submit">${t.search.button}</button>
  </div>
</form>
<noscript>
  <p class="search-results__fallback">${t.search.noScript}</p>
  <#if edition.archiveUrl?? || edition.tagsUrl??>
  <p><#if edition.archiveUrl??><a href="${edition.archiveUrl}">${t.nav.archive}</a></#if><#if edition.archiveUrl?? && edition.tagsUrl??> · </#if><#if edition.tagsUrl??><a href="${edition.tagsUrl}">${t.nav.tags}</a></#if></p>
  </#if>
</noscript>
<#-- after the note for browsers without JavaScript: the results keep a window's height (site.css) -->
<div class="search-results" id="search-results" aria-live="polite"
     data-index="${indexUrl}" data-lang="${edition.lang}"
     data-count-one="${count.one}" data-count-few="${count.few}" data-count-other="${count.other}"
     data-none="${t.search.none}" data-more="${t.search.more}" data-loading="${t.search.loading}" data-failed="${t.search.failed}"></div>
<script src="${scriptUrl}" defer></script>
</@layout.page>
