<#ftl output_format="HTML">
<#--
  The search box in the header: a plain GET form to the search page (which needs JavaScript to show results).
  Parameters: action (the search page's URL), label (the field's label, read by screen readers), button (its text).
-->
<#macro searchBox action label button>
<form class="search-box" role="search" action="${action}" method="get">
  <label class="visually-hidden" for="search-box-query">${label}</label>
  <input class="search-box__input" id="search-box-query" type="search" name="q" autocomplete="off">
  <button class="search-box__button" type="submit">${button}</button>
</form>
</#macro>
