<#ftl output_format="HTML">
<#-- A project page (About, Partners, …). -->
<#import "layout.ftl" as layout>
<#import "components/article.ftl" as article>
<@layout.page>
<@article.article doc=doc publishedLabel=t.news.published tagsLabel=t.news.tags
    creditLabel=t.news.photoCredit
    draftLabel=t.preview.draft scheduledLabel=t.preview.scheduled/>
</@layout.page>
