<#ftl output_format="HTML">
<#-- Site footer: about the project, secondary links, "Edit this page". -->
<#macro siteFooter>
<footer class="site-footer">
  <div class="site-footer__inner">
    <p class="site-footer__about">${t.footer.about}</p>
    <ul class="site-footer__links">
      <li><a href="${edition.archiveUrl}">${t.nav.archive}</a></li>
      <li><a href="${edition.tagsUrl}">${t.nav.tags}</a></li>
      <li><a href="${edition.feedUrl}" type="application/atom+xml">${t.footer.feed}</a></li>
      <#if meta.editUrl?has_content>
      <li><a class="site-footer__edit" href="${meta.editUrl}" rel="noopener noreferrer">${t.footer.edit}</a></li>
      </#if>
    </ul>
    <p class="site-footer__publisher">${t.site.publisher}</p>
  </div>
</footer>
</#macro>
