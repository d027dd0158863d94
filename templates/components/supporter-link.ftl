<#ftl output_format="HTML">
<#--
  An organisation of the footer: its logo (with its name as the text alternative) or its name, linked to its site.
  Parameters: supporter (name; url: its site, or empty; logo: the image address, or empty to show the name).
-->
<#macro supporterLink supporter>
<#if supporter.url?has_content><a class="site-footer__supporter" href="${supporter.url}" rel="noopener noreferrer"><#else><span class="site-footer__supporter"></#if><#if supporter.logo?has_content><img class="site-footer__logo" src="${supporter.logo}" alt="${supporter.name}"><#else>${supporter.name}</#if><#if supporter.url?has_content></a><#else></span></#if>
</#macro>
