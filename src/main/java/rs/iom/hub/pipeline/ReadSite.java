package rs.iom.hub.pipeline;

import rs.iom.hub.images.SourceImage;

import rs.iom.hub.content.DocumentReader;
import rs.iom.hub.site.EditionContext;
import rs.iom.hub.site.SiteConfig;

import java.util.List;
import java.util.Map;

/**
 * The output of the read stage ({@link SiteReader}): the settings, the editions with their UI strings, and every
 * file of the site — each content file read (front matter, Markdown, links) on its own, not yet related to the others.
 *
 * @param config      the site settings
 * @param editions    the editions, with their message files and script converters
 * @param documents   every Markdown file of the content folder → what reading it gave, in path order
 * @param attachments the other files of the content folder (published beside their pages)
 * @param assets      the files of the assets folder (published at the site root)
 * @param templates   the files of the templates folder that may be read
 * @param images      the JPEG and PNG pictures of the content folder, by the path they are published at
 * @param downloads   the size in bytes of every document and archive of the content and assets folders (PDF, Word,
 *                    ZIP…), by the path it is published at: pages show it next to links to them
 */
public record ReadSite(SiteConfig config, List<EditionContext> editions, Map<String, DocumentReader.Result> documents,
                       List<String> attachments, List<String> assets, List<String> templates,
                       Map<String, SourceImage> images, Map<String, Long> downloads) {
    public ReadSite {
        editions = List.copyOf(editions);
        attachments = List.copyOf(attachments);
        assets = List.copyOf(assets);
        templates = List.copyOf(templates);
        images = Map.copyOf(images);
        downloads = Map.copyOf(downloads);
    }
}
