package rs.iom.hub.translit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Finds and repairs words that mix Latin and Cyrillic letters, a common mistake in Serbian text
 * ("upravlјanje" written with the Cyrillic ј U+0458, "Cрбија" with a Latin C). Such words look
 * right but break search, spelling checks and transliteration.
 *
 * <p>A word is a run of letters (and combining marks). The corrected word is written in the
 * script of the majority of its letters: letters that exist in one script only decide first,
 * then all letters; a tie goes to Latin. Minority letters become their look-alike in the
 * majority script (Cyrillic а → a, Latin c → с) or, when there is none, their transliteration
 * (Cyrillic ш → š, Latin i → и). Letters with neither (Cyrillic щ, Latin w in a Cyrillic word)
 * are kept.
 *
 * <p>Stateless and thread-safe.
 */
public final class MixedScriptFinder {

    /** Lists the mixed-script words of {@code text} in order. */
    public List<MixedScriptWord> find(String text) {
        Objects.requireNonNull(text, "text");
        List<MixedScriptWord> found = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                lineStart = i + 1;
                i++;
                continue;
            }
            if (!Letters.isWordChar(c)) {
                i++;
                continue;
            }
            int end = wordEnd(text, i);
            Homoglyphs.Script script = Homoglyphs.majorityIfMixed(text, i, end);
            if (script != null) {
                int column = text.codePointCount(lineStart, i) + 1;
                found.add(new MixedScriptWord(line, column, i, text.substring(i, end),
                        Homoglyphs.rewrite(text, i, end, script), describe(text, i, end, script)));
            }
            i = end;
        }
        return found;
    }

    /** {@code text} with every mixed-script word rewritten in the script of most of its letters. */
    public String fix(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            if (!Letters.isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int end = wordEnd(text, i);
            Homoglyphs.Script script = Homoglyphs.majorityIfMixed(text, i, end);
            if (script != null) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, i).append(Homoglyphs.rewrite(text, i, end, script));
                copied = end;
            }
            i = end;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static int wordEnd(String text, int start) {
        int end = start + 1;
        while (end < text.length() && Letters.isWordChar(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static String describe(String text, int start, int end, Homoglyphs.Script script) {
        Set<Character> foreign = new LinkedHashSet<>();
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean minority = script == Homoglyphs.Script.LATIN ? Letters.isCyrillicLetter(c) : Letters.isLatinLetter(c);
            if (minority) {
                foreign.add(c);
            }
        }
        StringBuilder description = new StringBuilder(script == Homoglyphs.Script.LATIN ? "Cyrillic " : "Latin ");
        boolean first = true;
        for (char c : foreign) {
            if (!first) {
                description.append(", ");
            }
            description.append(c).append(" (U+").append(String.format(Locale.ROOT, "%04X", (int) c)).append(')');
            first = false;
        }
        return description.append(script == Homoglyphs.Script.LATIN ? " in a Latin word" : " in a Cyrillic word")
                .toString();
    }
}
