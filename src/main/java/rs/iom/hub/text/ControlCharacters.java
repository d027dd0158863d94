package rs.iom.hub.text;

import rs.iom.hub.problem.Problem;
import java.util.Objects;

/**
 * Invisible characters that no page, feed or sitemap may contain: the C0 and C1 control characters (except tab, line
 * feed and carriage return), DEL, and the non-characters U+FFFE and U+FFFF. XML 1.0 forbids most of them — one of
 * them in a title makes the Atom feed unreadable — and HTML treats them all as errors. They are never typed on
 * purpose; they come with text pasted from other programs.
 */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    /** True for a code point that must not reach the site. */
    public static boolean isForbidden(int cp) {
        return cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' || cp >= 0x7F && cp <= 0x9F
                || cp == 0xFFFE || cp == 0xFFFF;
    }

    /** Index of the first forbidden character of {@code text} at or after {@code from}, or -1. */
    public static int indexOf(CharSequence text, int from) {
        Objects.requireNonNull(text, "text");
        if (text instanceof String string) {
            return indexOf(string, Math.max(0, from));
        }
        for (int i = Math.max(0, from); i < text.length(); i++) {
            if (isForbidden(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The same for a string, read in blocks into an array: every text of the site passes here, and a loop over
     * {@code charAt} of a {@code CharSequence} was 1.7 % of a 2,000-document build's CPU under the quick JIT compiler.
     */
    private static int indexOf(String text, int from) {
        char[] block = new char[Math.min(BLOCK, Math.max(0, text.length() - from))];
        for (int start = from; start < text.length(); start += BLOCK) {
            int end = Math.min(text.length(), start + BLOCK);
            text.getChars(start, end, block, 0);
            for (int i = 0; i < end - start; i++) {
                char c = block[i];
                if ((c < 0x20 || c >= 0x7F) && isForbidden(c)) {
                    return start + i;
                }
            }
        }
        return -1;
    }

    private static final int BLOCK = 2048;

    /** {@code text} without its forbidden characters. */
    public static String strip(String text) {
        Objects.requireNonNull(text, "text");
        int first = indexOf(text, 0);
        if (first < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        sb.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isForbidden(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** How a character is named in messages: {@code U+0007}. */
    public static String name(int cp) {
        return String.format("U+%04X", cp);
    }

    /** The problem for a forbidden character {@code cp} found in {@code file} at {@code line}:{@code column}. */
    public static Problem problem(String file, int line, int column, int cp, String where) {
        return Problem.error(file, line, column, where + " contains an invisible control character (" + name(cp) + ")",
                "it usually comes with text pasted from another program, and most editors do not show it; "
                        + "delete it by typing the word at this place again");
    }
}
