package rs.iom.hub.build;

import rs.iom.hub.content.Document;
import rs.iom.hub.markdown.MarkdownLink;
import rs.iom.hub.site.SiteConfig;
import rs.iom.hub.site.SiteContent;

import java.util.List;
import java.util.Map;

/**
 * A site folder after reading: settings, editions, every document (published or not), the published content, the
 * links written in each file, and the attachments and assets that will be copied.
 */
public record LoadedSite(SiteConfig config, List<EditionContext> editions, List<Document> allDocuments,
                         SiteContent content, Map<String, List<MarkdownLink>> links, List<String> attachments,
                         List<String> assets) {
}
