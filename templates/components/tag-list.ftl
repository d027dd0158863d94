<#ftl output_format="HTML">
<#--
  Tags as a list of links to their tag pages.
  Parameters: tags (Link: title, url).
-->
<#macro tagList tags>
<ul class="tag-list">
  <#list tags as tag>
  <li class="tag-list__item"><a class="tag-list__link" href="${tag.url}">${tag.title}</a></li>
  </#list>
</ul>
</#macro>
