<#include "header.ftl">
<#include "menu.ftl">
    <h1>News</h1>
<#list posts as post>
<#if (post.status == "published")>
    <article>
      <h2><a href="${content.rootpath}${post.uri}"><#escape x as x?xml>${post.title}</#escape></a></h2>
      <p><em>${post.date?string("dd MMMM yyyy")}</em></p>
      ${post.body}
    </article>
</#if>
</#list>
<#if (config.index_paginate)?? && config.index_paginate?string == "true">
    <nav class="pagination">
<#if (previousFileName)??><a href="${content.rootpath}${previousFileName}">Newer</a></#if>
      Page ${currentPageNumber} of ${numberOfPages}
<#if (nextFileName)??><a href="${content.rootpath}${nextFileName}">Older</a></#if>
    </nav>
</#if>
    <p>Older posts are available in the <a href="${content.rootpath}${config.archive_file}">archive</a>.</p>
<#include "footer.ftl">
