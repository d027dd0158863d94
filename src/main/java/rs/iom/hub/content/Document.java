package rs.iom.hub.content;

import rs.iom.hub.markdown.LinkTokens;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import rs.iom.hub.markdown.LinkTargets;
import rs.iom.hub.markdown.MarkdownLink;
import java.util.Optional;

/**
 * One content file after reading: its front matter fields checked and typed, and its Markdown body rendered to HTML.
 * Immutable; safe to share between rendering threads.
 *
 * @param source         path relative to the site folder, e.g. {@code content/sr/vesti/2022/sastanak.md}
 * @param language       content language, the first folder under {@code content/} ({@code sr} or {@code en})
 * @param path           the page's path inside its edition, e.g. {@code vesti/2022/sastanak/} ({@code ""} for home)
 * @param type           news item or page
 * @param status         draft or published
 * @param title          title, plain text
 * @param date           publication date
 * @param translationKey the key shared by the language versions of the same item
 * @param translationKeyLine line of the translation key in the file, for messages
 * @param summary        summary, plain text (from front matter, or the start of the text)
 * @param tags           tags as written, in order, without duplicates
 * @param image          optional image, a link target like those in the body
 * @param imageAlt       alternative text of the image (empty without image)
 * @param imageCaption   what the image shows, in words, shown under it (empty for none)
 * @param imageCredit    who took or owns the image, shown under it (empty for none)
 * @param menuOrder      position in the project menu, for pages that have one
 * @param body           the rendered body; page and file links still hold {@link LinkTokens} to resolve per edition
 * @param text           the body as plain text (for search and summaries)
 * @param fingerprint    hash of the source bytes, to notice changes
 * @param links          every link and image of the file (its front-matter image included), each resolved once when
 *                       the file was read: the check, the page and the preview's input hashing use them
 * @param fieldLines     the line of each front-matter field, by name, for messages about a field's value
 */
public record Document(String source, String language, String path, DocumentType type, DocumentStatus status,
                       String title, LocalDate date, String translationKey, int translationKeyLine, String summary,
                       List<String> tags, String image, String imageAlt, String imageCaption, String imageCredit,
                       Integer menuOrder, String body, String text, String fingerprint, List<MarkdownLink> links,
                       Map<String, Integer> fieldLines) {

    public Document {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(translationKey, "translationKey");
        summary = summary == null ? "" : summary;
        tags = List.copyOf(tags);
        imageAlt = imageAlt == null ? "" : imageAlt;
        imageCaption = imageCaption == null ? "" : imageCaption;
        imageCredit = imageCredit == null ? "" : imageCredit;
        Objects.requireNonNull(body, "body");
        text = text == null ? "" : text;
        fingerprint = fingerprint == null ? "" : fingerprint;
        links = List.copyOf(links);
        fieldLines = fieldLines == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fieldLines));
    }

    /** A document without links (tests, and pages the tool makes itself). */
    public Document(String source, String language, String path, DocumentType type, DocumentStatus status,
                    String title, LocalDate date, String translationKey, int translationKeyLine, String summary,
                    List<String> tags, String image, String imageAlt, Integer menuOrder, String body, String text,
                    String fingerprint) {
        this(source, language, path, type, status, title, date, translationKey, translationKeyLine, summary, tags,
                image, imageAlt, "", "", menuOrder, body, text, fingerprint, List.of(), Map.of());
    }

    /** The line of front-matter field {@code name}, or 0 (no line) when the file does not have it. */
    public int line(String name) {
        return fieldLines.getOrDefault(name, 0);
    }

    public boolean isNews() {
        return type == DocumentType.NEWS;
    }

    public boolean isPage() {
        return type == DocumentType.PAGE;
    }

    /** True for the edition's home page text ({@code content/<lang>/index.md}). */
    public boolean isHome() {
        return path.isEmpty();
    }

    public Optional<String> imageTarget() {
        return Optional.ofNullable(image).filter(s -> !s.isBlank());
    }

    /** The front matter's image as resolved when the file was read. */
    public Optional<MarkdownLink> imageLink() {
        return links.stream().filter(link -> link.part() == MarkdownLink.Part.FRONT_MATTER).findFirst();
    }

    /** The source files of the pages the body links to, as resolved when the file was read. */
    public List<String> linkedPages() {
        return links.stream().filter(link -> link.target().kind() == LinkTargets.Kind.PAGE)
                .map(link -> link.target().path()).toList();
    }

    public Optional<Integer> menu() {
        return Optional.ofNullable(menuOrder);
    }
}
