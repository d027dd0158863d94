<#include "header.ftl">
<#include "menu.ftl">
<#if (content.title)??>
    <h1><#escape x as x?xml>${content.title}</#escape></h1>
</#if>
    <p><em>${content.date?string("dd MMMM yyyy")}</em></p>
<#if (content.tags)??>
    <ul class="tags">
<#list content.tags as tag>
      <li><a href="${content.rootpath}${config.tag_path}/${tag}.html">${tag}</a></li>
</#list>
    </ul>
</#if>
    ${content.body}
    <nav class="pager">
<#if (content.previousContent)??>
      <a href="${content.rootpath}${content.previousContent.noExtensionUri!content.previousContent.uri}">&larr; ${content.previousContent.title}</a>
</#if>
<#if (content.nextContent)??>
      <a href="${content.rootpath}${content.nextContent.noExtensionUri!content.nextContent.uri}">${content.nextContent.title} &rarr;</a>
</#if>
    </nav>
<#include "footer.ftl">
