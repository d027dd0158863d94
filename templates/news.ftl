<#ftl output_format="HTML">
<#-- A news item: title, date, summary, lead image, text, tags, links to the newer and older items. -->
<#import "layout.ftl" as layout>
<#import "components/article.ftl" as article>
<#import "components/document-navigation.ftl" as documentNavigation>
<@layout.page>
<@article.article doc=doc publishedLabel=t.news.published tagsLabel=t.news.tags
    creditLabel=t.news.photoCredit
    draftLabel=t.preview.draft scheduledLabel=t.preview.scheduled/>
<@documentNavigation.documentNavigation newer=doc.newer! older=doc.older! label=t.news.navigation
    newerLabel=t.news.newer olderLabel=t.news.older/>
</@layout.page>
