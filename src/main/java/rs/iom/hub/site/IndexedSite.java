package rs.iom.hub.site;

import rs.iom.hub.content.Document;
import rs.iom.hub.markdown.MarkdownLink;

import java.util.List;
import java.util.Map;

/**
 * The output of the index stage ({@code pipeline.SiteIndexer}): the site as one whole — what is published in each language,
 * news in date order, tags, years, menu, translations — besides every document read (published or not) and the links
 * written in each file.
 *
 * @param config       the site settings
 * @param editions     the editions, with their message files and script converters
 * @param allDocuments every document that could be read (drafts included)
 * @param content      the published content, indexed
 * @param links        content file → the links and images written in it (its front-matter image included)
 * @param attachments  the other files of the content folder
 * @param assets       the files of the assets folder
 * @param templates    the files of the templates folder that may be read
 * @param images       the JPEG and PNG pictures of the content folder, by the path they are published at
 * @param downloads    the size in bytes of every document and archive the site publishes, by its published path
 */
public record IndexedSite(SiteConfig config, List<EditionContext> editions, List<Document> allDocuments,
                          SiteContent content, Map<String, List<MarkdownLink>> links, List<String> attachments,
                          List<String> assets, List<String> templates,
                          Map<String, rs.iom.hub.images.SourceImage> images, Map<String, Long> downloads) {
}
