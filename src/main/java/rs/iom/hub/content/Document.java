package rs.iom.hub.content;

import rs.iom.hub.markdown.LinkTokens;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
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
 * @param menuOrder      position in the project menu, for pages that have one
 * @param body           the rendered body; page and file links still hold {@link LinkTokens} to resolve per edition
 * @param text           the body as plain text (for search and summaries)
 * @param fingerprint    hash of the source bytes, to notice changes
 */
public record Document(String source, String language, String path, DocumentType type, DocumentStatus status,
                       String title, LocalDate date, String translationKey, int translationKeyLine, String summary,
                       List<String> tags, String image, String imageAlt, Integer menuOrder, String body, String text,
                       String fingerprint) {

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
        Objects.requireNonNull(body, "body");
        text = text == null ? "" : text;
        fingerprint = fingerprint == null ? "" : fingerprint;
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

    public Optional<Integer> menu() {
        return Optional.ofNullable(menuOrder);
    }
}
