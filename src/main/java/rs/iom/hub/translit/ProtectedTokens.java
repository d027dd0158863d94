package rs.iom.hub.translit;

import java.util.Locale;
import java.util.Set;

/**
 * Finds the parts of a whitespace-delimited chunk of text that must be left exactly as written:
 * URLs ({@code http://…}, {@code https://…}, {@code ftp://…}, {@code mailto:…}, {@code www.…}),
 * e-mail addresses, social-media handles ({@code @IOMSerbia}), file names with a known extension
 * ({@code Izvestaj_2022.pdf}, {@code docs/vodic.docx}) and bare domain names with a known top-level
 * domain ({@code iom.int}, {@code mup.gov.rs}).
 *
 * <p>Only the letters of a protected part matter: punctuation around it is never changed by
 * transliteration, so the boundaries need not be exact about brackets and full stops.
 */
final class ProtectedTokens {

    /** File-name extensions that mark a word as a file name. */
    static final Set<String> FILE_EXTENSIONS = Set.of(
            "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "rtf", "txt", "csv",
            "md", "html", "htm", "xml", "json", "jpg", "jpeg", "png", "gif", "svg", "webp", "zip", "rar",
            "mp3", "mp4", "js", "css");

    /** Top-level domains that mark a word as a domain name (Serbian words such as "si", "me" left out). */
    static final Set<String> DOMAINS = Set.of(
            "rs", "срб", "com", "org", "net", "int", "eu", "gov", "edu", "info", "ch", "io", "ba", "hr",
            "mk", "uk");

    private ProtectedTokens() {
    }

    /**
     * The protected part of the chunk {@code [start, end)} (which contains no whitespace), packed as
     * {@code from << 32 | to}, or -1 if there is none.
     */
    static long find(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ':' && i + 2 < end && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') {
                int from = i;
                while (from > start && Letters.isLatinLetter(text.charAt(from - 1))) {
                    from--;
                }
                return from < i ? pack(from, end) : -1;
            }
            if (c == '@') {
                return emailOrHandle(text, start, end, i);
            }
            if ((c == 'w' || c == 'W') && i + 4 <= end && (i == start || !Letters.isWordCharOrDigit(text.charAt(i - 1)))
                    && regionMatchesIgnoreCase(text, i, "www.")) {
                return pack(i, end);
            }
            if ((c == 'm' || c == 'M') && (i == start || !Letters.isWordCharOrDigit(text.charAt(i - 1)))
                    && i + 7 < end && regionMatchesIgnoreCase(text, i, "mailto:")) {
                return pack(i, end);
            }
        }
        return fileOrDomain(text, start, end);
    }

    private static long emailOrHandle(CharSequence text, int start, int end, int at) {
        int from = at;
        while (from > start && isEmailLocalChar(text.charAt(from - 1))) {
            from--;
        }
        int to = at + 1;
        while (to < end && isDomainChar(text.charAt(to))) {
            to++;
        }
        while (to > at + 1 && text.charAt(to - 1) == '.') {
            to--;
        }
        if (to == at + 1) {
            return -1;
        }
        if (from == at) {
            // "@IOMSerbia": a handle when "@" starts the word.
            boolean handle = at == start || !Letters.isWordCharOrDigit(text.charAt(at - 1));
            int handleEnd = at + 1;
            while (handleEnd < end && (Letters.isWordCharOrDigit(text.charAt(handleEnd)) || text.charAt(handleEnd) == '_')) {
                handleEnd++;
            }
            return handle ? pack(at, handleEnd) : -1;
        }
        boolean dotInDomain = false;
        for (int i = at + 1; i < to; i++) {
            if (text.charAt(i) == '.') {
                dotInDomain = true;
                break;
            }
        }
        return dotInDomain ? pack(from, to) : -1;
    }

    private static long fileOrDomain(CharSequence text, int start, int end) {
        int to = end;
        while (to > start && !Letters.isWordCharOrDigit(text.charAt(to - 1))) {
            to--;
        }
        // A file name: the last ".extension" of the chunk.
        int from = nameBefore(text, start, extensionDot(text, start, to), FILE_EXTENSIONS);
        if (from >= 0) {
            return pack(from, to);
        }
        // A domain name, possibly followed by a path: iom.int, iom.int/serbia
        int hostEnd = start;
        while (hostEnd < to && text.charAt(hostEnd) != '/') {
            hostEnd++;
        }
        from = nameBefore(text, start, extensionDot(text, start, hostEnd), DOMAINS);
        return from >= 0 ? pack(from, to) : -1;
    }

    /** The index of the "." before the trailing run of letters and digits of {@code [start, to)}, or -1. */
    private static int extensionDot(CharSequence text, int start, int to) {
        int dot = to - 1;
        while (dot > start && Letters.isWordCharOrDigit(text.charAt(dot))) {
            dot--;
        }
        if (dot <= start || dot >= to - 1 || text.charAt(dot) != '.'
                || !Letters.isWordCharOrDigit(text.charAt(dot - 1))) {
            return -1;
        }
        return dot;
    }

    /** Where the name ending in {@code .extension} begins, if the extension is one of {@code known}; else -1. */
    private static int nameBefore(CharSequence text, int start, int dot, Set<String> known) {
        if (dot < 0) {
            return -1;
        }
        int extensionEnd = dot + 1;
        while (extensionEnd < text.length() && Letters.isWordCharOrDigit(text.charAt(extensionEnd))) {
            extensionEnd++;
        }
        String extension = text.subSequence(dot + 1, extensionEnd).toString().toLowerCase(Locale.ROOT);
        if (!known.contains(extension)) {
            return -1;
        }
        int from = dot;
        while (from > start && isFileNameChar(text.charAt(from - 1))) {
            from--;
        }
        return from;
    }

    private static boolean regionMatchesIgnoreCase(CharSequence text, int at, String lower) {
        if (at + lower.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < lower.length(); i++) {
            if (Character.toLowerCase(text.charAt(at + i)) != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEmailLocalChar(char c) {
        return Letters.isWordCharOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isDomainChar(char c) {
        return Letters.isWordCharOrDigit(c) || c == '.' || c == '-';
    }

    private static boolean isFileNameChar(char c) {
        return Letters.isWordCharOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '/' || c == '\\';
    }

    private static long pack(int from, int to) {
        return ((long) from << 32) | to;
    }
}
