<#ftl output_format="HTML">
<#-- The search box in the header: a plain GET form to the search page (which needs JavaScript to show results). -->
<#macro searchBox>
<form class="search-box" role="search" action="${edition.searchUrl}" method="get">
  <label class="visually-hidden" for="search-box-query">${t.search.label}</label>
  <input class="search-box__input" id="search-box-query" type="search" name="q" autocomplete="off">
  <button class="search-box__button" type="submit">${t.search.button}</button>
</form>
</#macro>
