<#ftl output_format="HTML">
<#--
  Site footer: about the project, secondary links, "Edit this page".
  Parameters: about and publisher (texts); links (each with title, url and optional type, the link's media type);
  editUrl (link to edit the page's source; empty: no link) and editLabel.
-->
<#macro siteFooter about publisher links editUrl editLabel>
<footer class="site-footer">
  <div class="site-footer__inner">
    <p class="site-footer__about">${about}</p>
    <ul class="site-footer__links">
      <#list links as link>
      <li><a href="${link.url}"<#if link.type?has_content> type="${link.type}"</#if>>${link.title}</a></li>
      </#list>
      <#if editUrl?has_content>
      <li><a class="site-footer__edit" href="${editUrl}" rel="noopener noreferrer">${editLabel}</a></li>
      </#if>
    </ul>
    <p class="site-footer__publisher">${publisher}</p>
  </div>
</footer>
</#macro>
