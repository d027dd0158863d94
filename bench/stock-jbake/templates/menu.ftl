    <nav>
      <ul>
        <li><a href="<#if (content.rootpath)??>${content.rootpath}</#if>index.html">Home</a></li>
        <li><a href="<#if (content.rootpath)??>${content.rootpath}</#if>${config.archive_file}">Archive</a></li>
        <li><a href="<#if (content.rootpath)??>${content.rootpath}</#if>${config.feed_file}">Feed</a></li>
      </ul>
    </nav>
    <main>
