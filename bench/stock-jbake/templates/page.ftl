<#include "header.ftl">
<#include "menu.ftl">
<#if (content.title)??>
    <h1><#escape x as x?xml>${content.title}</#escape></h1>
</#if>
    ${content.body}
<#include "footer.ftl">
