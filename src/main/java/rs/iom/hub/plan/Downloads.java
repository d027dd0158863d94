package rs.iom.hub.plan;

import org.jsoup.nodes.Entities;
import rs.iom.hub.content.Attachments;
import rs.iom.hub.content.Document;
import rs.iom.hub.i18n.FileSizes;
import rs.iom.hub.markdown.LinkTargets;
import rs.iom.hub.markdown.LinkTokens;
import rs.iom.hub.markdown.MarkdownLink;
import rs.iom.hub.markdown.UrlSchemes;
import rs.iom.hub.site.EditionContext;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How pages show links to documents (PDF, Word, Excel, OpenDocument, CSV, ZIP…): the link text is followed, inside
 * the link, by the document's type and size in the edition's language — "Izveštaj 2022 (PDF, 1,2 MB)", "Report 2022
 * (PDF, 1.2 MB)". Why: a reader should know before following a link that it downloads a file, of what type, and how
 * large (on a phone plan, a 20 MB report is a decision); inside the link, the type and size are part of its
 * accessible name, so a screen reader says them too.
 *
 * <p>The size is that of the file on disk when the site is built ({@link #signature}: a page is rendered again when a
 * document it links to changes size). A document on another site shows its type only (its size is unknown at build
 * time, and asking the other site would be a request per build, and could be wrong by the time a reader follows the
 * link). Links to pictures and pages show nothing.</p>
 *
 * <p>The type and size are added after the body was converted to the edition's script: "PDF" and "MB" stay in Latin
 * letters in the Cyrillic edition, as the message files write them ({@code file.*}).</p>
 */
final class Downloads {
    /** CSS class of the added text. */
    static final String CLASS = "prose__file";
    /**
     * A link of a rendered body, its text up to its end: a token of a site file ({@code hub:path:…}) or an address of
     * another site. (Links never nest, so the first {@code </a>} ends it.)
     */
    private static final Pattern LINK = Pattern.compile("<a href=\"((?:" + Pattern.quote(LinkTokens.PATH_PREFIX)
            + "|https?://)[^\"]*)\"([^>]*)>(.*?)</a>", Pattern.DOTALL);

    private final Map<String, Long> sizes;

    /** @param sizes the size in bytes of every document the site publishes, by the path it is published at */
    Downloads(Map<String, Long> sizes) {
        this.sizes = Map.copyOf(Objects.requireNonNull(sizes, "sizes"));
    }

    /**
     * {@code body} (a rendered body in the edition's script, its tokens not yet resolved) with the type, and the size
     * where it is known, after the text of every link to a document.
     */
    String body(EditionContext ctx, String body) {
        if (!body.contains("<a href=\"")) {
            return body;
        }
        Matcher m = LINK.matcher(body);
        StringBuilder out = null;
        Locale locale = Locale.forLanguageTag(ctx.edition().hreflang());
        while (m.find()) {
            Optional<String> note = note(ctx, locale, m.group(1));
            if (note.isEmpty()) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(body.length() + 256);
            }
            m.appendReplacement(out, Matcher.quoteReplacement("<a href=\"" + m.group(1) + "\"" + m.group(2) + ">"
                    + m.group(3) + " <span class=\"" + CLASS + "\">" + Entities.escape(note.get()) + "</span></a>"));
        }
        if (out == null) {
            return body;
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "(PDF, 1,2 MB)" for a link to {@code href}, "(PDF)" when its size is unknown; empty if it is no document. */
    private Optional<String> note(EditionContext ctx, Locale locale, String href) {
        boolean local = href.startsWith(LinkTokens.PATH_PREFIX);
        String path = local ? href.substring(LinkTokens.PATH_PREFIX.length()) : pathOf(href);
        int hash = path.indexOf('#');
        path = hash < 0 ? path : path.substring(0, hash);
        Optional<String> type = Attachments.documentType(path);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Long size = local ? sizes.get(path) : null;
        if (size == null) {
            return Optional.of(ctx.messages().text("file.type").replace("{type}", type.get()));
        }
        return Optional.of(ctx.messages().text("file.typeAndSize").replace("{type}", type.get())
                .replace("{size}", FileSizes.format(size, ctx.messages(), locale)));
    }

    /** The path of an address on another site, without its query and fragment ({@code /files/report.pdf}). */
    private static String pathOf(String url) {
        if (!UrlSchemes.isAllowed(url)) {
            return "";
        }
        String rest = url.substring(url.indexOf("//") + 2);
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return "";
        }
        String path = rest.substring(slash);
        int end = path.length();
        for (char c : new char[]{'?', '#'}) {
            int at = path.indexOf(c);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        return path.substring(0, end);
    }

    /**
     * The sizes of the documents {@code doc} links to, for the page's input hash: a document replaced by a larger one
     * changes the pages that link to it.
     */
    String signature(Document doc) {
        if (doc == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (MarkdownLink link : doc.links()) {
            if (link.target().kind() == LinkTargets.Kind.FILE) {
                Long size = sizes.get(link.target().sitePath());
                if (size != null) {
                    sb.append(link.target().sitePath()).append('=').append(size).append(';');
                }
            }
        }
        return sb.toString();
    }
}
