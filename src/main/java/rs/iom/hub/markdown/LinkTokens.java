package rs.iom.hub.markdown;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholders for site-internal links in rendered bodies. A Markdown link is resolved to its target when the file is
 * read, but its final URL depends on the edition the page is baked for (a Serbian page is served in Latin and in
 * Cyrillic) and on the base URL, so the body keeps a token that {@link #resolve} replaces per edition:
 * <ul>
 *   <li>{@code hub:page:content/sr/o-projektu.md#deo} — a page, by its source file;</li>
 *   <li>{@code hub:path:sr/vesti/2022/slika.jpg} — a file of the baked site, by its path from the site root.</li>
 * </ul>
 *
 * <p>Only our own link rewriting makes tokens, and only as the whole value of an {@code href} or {@code src}
 * attribute; authors cannot write one ({@code hub:} is not an allowed address type, and text that merely looks like a
 * token is text: its quotes are escaped, so it never forms such an attribute). Resolution therefore replaces tokens in
 * exactly that place and leaves everything else as written.</p>
 */
public final class LinkTokens {
    public static final String PAGE_PREFIX = "hub:page:";
    public static final String PATH_PREFIX = "hub:path:";

    /** A token as the start of an attribute value (group 1: the attribute, 2: page or path, 3: the target). */
    private static final Pattern TOKEN = Pattern.compile("( (?:href|src)=\")hub:(page|path):([^\"'#\\s<>]*)");

    private LinkTokens() {
    }

    public static String page(String source, String fragment) {
        return PAGE_PREFIX + source + (fragment == null || fragment.isEmpty() ? "" : "#" + fragment);
    }

    public static String path(String sitePath) {
        return PATH_PREFIX + sitePath;
    }

    /**
     * Replaces every token in {@code html}.
     *
     * @param pageUrl maps a page source path to its URL, or to {@code null} when there is no such page
     * @param pathUrl maps a site path to its URL
     */
    public static String resolve(String html, Function<String, String> pageUrl, Function<String, String> pathUrl) {
        if (html.indexOf("=\"hub:") < 0) {
            return html;
        }
        Matcher m = TOKEN.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (m.find()) {
            String target = m.group(3);
            String url = m.group(2).equals("page") ? pageUrl.apply(target) : pathUrl.apply(target);
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + (url == null ? "#" : url)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
