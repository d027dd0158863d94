<#ftl output_format="HTML">
<#--
  Site footer: about the project, who supports and implements it, secondary links, "Edit this page".
  Parameters: about and publisher (texts); supporters (support: the donor line; donor and partners, each with
  name, url and logo: an image address, or empty to show the name); partnersLabel (the heading of the partners);
  links (each with title, url and optional type, the link's media type); editUrl (link to edit the page's source;
  empty: no link) and editLabel.
-->
<#import "supporter-link.ftl" as supporterLink>
<#macro siteFooter about publisher supporters partnersLabel links editUrl editLabel>
<footer class="site-footer">
  <div class="site-footer__inner">
    <p class="site-footer__about">${about}</p>
    <#if supporters.support?has_content || supporters.donor??>
    <p class="site-footer__support"><#if supporters.donor?? && supporters.donor.url?has_content && !supporters.donor.logo?has_content><a href="${supporters.donor.url}" rel="noopener noreferrer">${supporters.support}</a><#else>${supporters.support}</#if><#if supporters.donor?? && supporters.donor.logo?has_content> <@supporterLink.supporterLink supporter=supporters.donor/></#if></p>
    </#if>
    <#if supporters.partners?has_content>
    <p class="site-footer__partners-label">${partnersLabel}</p>
    <ul class="site-footer__partners">
      <#list supporters.partners as partner>
      <li><@supporterLink.supporterLink supporter=partner/></li>
      </#list>
    </ul>
    </#if>
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
