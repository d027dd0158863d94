package rs.iom.hub.pipeline;

import rs.iom.hub.plan.EditionContext;
import rs.iom.hub.content.Document;
import rs.iom.hub.markdown.MarkdownLink;
import rs.iom.hub.site.SiteConfig;
import rs.iom.hub.site.SiteContent;

import java.util.List;
import java.util.Map;

/**
 * A site folder after reading: settings, editions, every document (published or not), the published content, the
 * links written in each file, the attachments and assets that will be copied, and the templates (every file of
 * {@code templates/} that may be read: none through a link out of the folder).
 */
public record LoadedSite(SiteConfig config, List<EditionContext> editions, List<Document> allDocuments,
                         SiteContent content, Map<String, List<MarkdownLink>> links, List<String> attachments,
                         List<String> assets, List<String> templates) {
}
