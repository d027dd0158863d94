<#ftl output_format="XML">
<#-- Atom feed of an edition's latest news. -->
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <id>${feedUrl}</id>
  <title>${t.feed.title}</title>
  <subtitle>${t.site.description}</subtitle>
  <link rel="self" type="application/atom+xml" href="${feedUrl}"/>
  <link rel="alternate" type="text/html" hreflang="${lang}" href="${homeUrl}"/>
  <updated>${updated}</updated>
  <author><name>${t.site.publisher}</name></author>
<#list entries as entry>
  <entry>
    <id>${entry.url}</id>
    <title>${entry.title}</title>
    <link rel="alternate" type="text/html" href="${entry.url}"/>
    <published>${entry.updated}</published>
    <updated>${entry.updated}</updated>
    <summary>${entry.summary}</summary>
<#list entry.tags as tag>
    <category term="${tag}"/>
</#list>
  </entry>
</#list>
</feed>
