<#ftl output_format="HTML">
<#-- An edition's home page: the project introduction (content/<lang>/index.md) and the latest news. -->
<#import "layout.ftl" as layout>
<#import "components/news-list.ftl" as newsList>
<@layout.page>
<section class="intro" aria-labelledby="intro-title">
  <h1 class="intro__title" id="intro-title">${(doc.title)!t.site.name}</h1>
  <#if doc??>
  <div class="prose">${doc.body}</div>
  <#else>
  <p class="intro__lead">${t.site.description}</p>
  </#if>
</section>
<section class="latest-news" aria-labelledby="latest-news-title">
  <h2 class="latest-news__title" id="latest-news-title">${t.home.latestNews}</h2>
  <@newsList.newsList items=news headingLevel=3 empty=t.home.noNews/>
  <p class="latest-news__more"><a href="${edition.newsUrl}">${t.home.allNews}</a></p>
</section>
</@layout.page>
