package rs.iom.hub.markdown;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one list of address types ({@code https:}, {@code mailto:}, …) a link or image on the site may use. Everything
 * else — {@code javascript:}, {@code data:}, {@code vbscript:}, our own {@code hub:} tokens — can run script, show
 * content the site does not control, or forge an internal link, and is refused wherever a link is written.
 *
 * <p>A browser is lenient about how a scheme is spelled: it ignores case, drops tabs and line breaks anywhere in the
 * address, trims spaces and control characters around it, and decodes character references ({@code &#106;}) in the
 * attribute. The scheme is therefore read after undoing all of that (and percent-escapes too, to be safe), so that
 * {@code JavaScript:}, {@code java&#9;script:} and {@code  JAVASCRIPT:} are all recognized.</p>
 */
public final class UrlSchemes {
    /** Address types authors may use; relative addresses, {@code #fragment} and {@code //host} have none. */
    public static final Set<String> ALLOWED = Set.of("http", "https", "mailto", "tel");

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern PERCENT = Pattern.compile("%([0-9A-Fa-f]{2})");

    private UrlSchemes() {
    }

    /** The scheme of {@code url} in lowercase, as a browser would read it; empty for relative addresses. */
    public static Optional<String> schemeOf(String url) {
        Objects.requireNonNull(url, "url");
        Matcher m = SCHEME.matcher(normalized(url));
        return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** True for relative addresses and the {@linkplain #ALLOWED allowed} schemes. */
    public static boolean isAllowed(String url) {
        return schemeOf(url).map(ALLOWED::contains).orElse(true);
    }

    /** True for {@code //host/…}, which browsers read as an address on another site. */
    static boolean isProtocolRelative(String url) {
        return normalized(url).startsWith("//");
    }

    /** {@code url} with references and escapes decoded and every character a browser ignores removed. */
    static String normalized(String url) {
        String decoded = url;
        for (int round = 0; round < 3; round++) { // &amp;#106; and %2561 decode in more than one step
            String next = org.jsoup.parser.Parser.unescapeEntities(decoded, true);
            next = percentDecoded(next);
            if (next.equals(decoded)) {
                break;
            }
            decoded = next;
        }
        StringBuilder sb = new StringBuilder(decoded.length());
        decoded.codePoints().filter(cp -> !ignored(cp)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** Whitespace, control and invisible formatting characters, which browsers drop or which hide a scheme. */
    private static boolean ignored(int cp) {
        return cp <= 0x20 || cp >= 0x7F && cp <= 0xA0 || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.FORMAT;
    }

    private static String percentDecoded(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        Matcher m = PERCENT.matcher(s);
        StringBuilder sb = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(
                    String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
