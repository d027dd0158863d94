package rs.iom.hub.translit;

import com.google.common.net.InternetDomainName;

import java.util.Locale;
import java.util.Set;

/**
 * Finds the parts of a whitespace-delimited chunk of text that must be left exactly as written:
 * URLs ({@code http://…}, {@code https://…}, {@code ftp://…}, {@code mailto:…}, {@code www.…}),
 * e-mail addresses, social-media handles ({@code @IOMSerbia}), file names ({@code Izvestaj_2022.pdf},
 * {@code docs/vodic.docx}) and bare domain names ({@code iom.int}, {@code mup.gov.rs}).
 *
 * <p>By their shape, not by a list of endings: a domain name is lower-case labels ending in a public
 * suffix of the Public Suffix List (Guava's {@link InternetDomainName}), so {@code eda.admin.ch} and {@code iom.int}
 * are found as much as {@code gov.rs}; a file name is a name without spaces, a dot and an extension of two to five
 * ASCII letters and digits in one case, with a letter ({@code plan.odt}, {@code slika.JPG}, {@code arhiva.7z});
 * one letter after a dot is an abbreviation ({@code v.d.}, {@code d.o.o.}).
 * A sentence whose space after the full stop was forgotten ({@code godine.Ovo}) is neither: its second part is
 * capitalised.
 *
 * <p>Only the letters of a protected part matter: punctuation around it is never changed by
 * transliteration, so the boundaries need not be exact about brackets and full stops.
 */
final class ProtectedTokens {

    /** The extension of a file name: short, lower-case ASCII, with a letter. */
    private static final java.util.regex.Pattern EXTENSION =
            java.util.regex.Pattern.compile("(?=.*[a-z])[a-z0-9]{2,5}|(?=.*[A-Z])[A-Z0-9]{2,5}");
    /** A domain name's labels as written in running text: lower case (an upper-case one starts a sentence). */
    private static final java.util.regex.Pattern HOST =
            java.util.regex.Pattern.compile("[\\p{Ll}0-9](?:[\\p{Ll}0-9.-]*[\\p{Ll}0-9])?");

    private ProtectedTokens() {
    }

    /**
     * The protected part of the chunk {@code [start, end)} (which contains no whitespace), packed as
     * {@code from << 32 | to}, or -1 if there is none.
     */
    static long find(String text, int start, int end) {
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

    private static long emailOrHandle(String text, int start, int end, int at) {
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

    private static long fileOrDomain(String text, int start, int end) {
        int to = end;
        while (to > start && !Letters.isWordCharOrDigit(text.charAt(to - 1))) {
            to--;
        }
        // A domain name, possibly followed by a path: iom.int, iom.int/serbia
        int hostEnd = start;
        while (hostEnd < to && text.charAt(hostEnd) != '/') {
            hostEnd++;
        }
        int hostStart = start;
        while (hostStart < hostEnd && !Letters.isWordCharOrDigit(text.charAt(hostStart))) {
            hostStart++;
        }
        if (isDomainName(text.subSequence(hostStart, hostEnd).toString())) {
            return pack(hostStart, to);
        }
        // A file name: the last ".extension" of the chunk.
        int dot = extensionDot(text, start, to);
        if (dot < 0 || !EXTENSION.matcher(text.subSequence(dot + 1, to)).matches()) {
            return -1;
        }
        int from = dot;
        while (from > start && isFileNameChar(text.charAt(from - 1))) {
            from--;
        }
        return from < dot ? pack(from, to) : -1;
    }

    /** Lower-case labels, at least two, under a public suffix ({@code iom.int}, {@code eda.admin.ch}, {@code мој.срб}). */
    static boolean isDomainName(String host) {
        if (host.indexOf('.') < 0 || !HOST.matcher(host).matches() || host.contains("..")) {
            return false;
        }
        try {
            InternetDomainName name = InternetDomainName.from(host);
            return name.isUnderPublicSuffix();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The index of the "." before the trailing run of letters and digits of {@code [start, to)}, or -1. */
    private static int extensionDot(String text, int start, int to) {
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

    private static boolean regionMatchesIgnoreCase(String text, int at, String lower) {
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
