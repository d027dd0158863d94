<#ftl output_format="HTML">
<#--
  A list of links, each with a number of items in brackets (the years of the archive, the tags of the tag index).
  Parameters: block (the BEM block of its class names: year-index, tag-index), items (each with text, url and
  count: the number in words, in its plural form, e.g. "3 vesti"), empty (the text shown when there are no items).
-->
<#macro countedLinks block items empty>
<#if items?has_content>
<ul class="${block}">
  <#list items as item>
  <li class="${block}__item"><a class="${block}__link" href="${item.url}">${item.text}</a> <span class="${block}__count">(${item.count})</span></li>
  </#list>
</ul>
<#else>
<p>${empty}</p>
</#if>
</#macro>
