package rs.iom.hub.translit;

import com.ibm.icu.text.Transliterator;

/**
 * Cyrillic → Latin for a stretch of plain text that holds no keep markers, with ICU4J's
 * {@code Serbian-Latin/BGN} transform (ICU's generic "Cyrillic-Latin" is not Serbian: it writes
 * ђ, ћ, џ differently).
 *
 * <p>Corrections to ICU, each checked by a test:
 * <ul>
 *   <li>ICU writes ћ / Ћ decomposed, as c / C followed by the combining acute accent U+0301
 *       (its rule maps U+045B to "c" + U+0301, with no normalisation afterwards), while every other
 *       letter comes out precomposed (č, š, ž, đ). Here ć / Ć are the precomposed U+0107 / U+0106,
 *       as typed on a Serbian keyboard; otherwise "ћерка" would not equal "ćerka".</li>
 *   <li>A capital Љ, Њ or Џ that stands alone (an initial such as "Љ. Поповић", or a one-letter
 *       word) comes out of ICU in capitals, "LJ.", because ICU only writes "Lj" before a
 *       lower-case Cyrillic letter. Here it is written in title case, "Lj.", unless a neighbouring
 *       letter is a capital ("ПАСУЉ" → "PASULJ", "ЉУБАВ" → "LJUBAV" as ICU does).</li>
 *   <li>ICU leaves ѐ and ѝ (the accents the Pravopis uses in "сѐ" and "ѝ") in Cyrillic; they
 *       become è and ì.</li>
 * </ul>
 * URLs, e-mail addresses and file names are left alone, and words that mix the scripts are
 * repaired first (see {@link Homoglyphs}).
 *
 * <p>ICU transliterators synchronise internally on their rule data, so this class is thread-safe;
 * calls from many threads are serialised for the short time ICU works on a text.
 */
final class CyrillicToLatin {

    private static final char COMBINING_ACUTE = '\u0301';

    private static final Transliterator SERBIAN_LATIN = Transliterator.getInstance("Serbian-Latin/BGN");

    private CyrillicToLatin() {
    }

    /** Appends the conversion of {@code text[start, end)} to {@code out}. */
    static void convert(String text, int start, int end, StringBuilder out) {
        int pending = start;
        int i = start;
        while (i < end) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int chunkEnd = i + 1;
            while (chunkEnd < end && !Character.isWhitespace(text.charAt(chunkEnd))) {
                chunkEnd++;
            }
            if (!Letters.containsCyrillicLetter(text, i, chunkEnd)) {
                i = chunkEnd;
                continue;
            }
            long found = ProtectedTokens.find(text, i, chunkEnd);
            if (found >= 0) {
                int protectedStart = (int) (found >>> 32);
                int protectedEnd = (int) found;
                pending = convertWords(text, pending, i, protectedStart, out);
                flush(text, pending, protectedStart, out);
                out.append(text, protectedStart, protectedEnd);
                pending = convertWords(text, protectedEnd, protectedEnd, chunkEnd, out);
            } else {
                pending = convertWords(text, pending, i, chunkEnd, out);
            }
            i = chunkEnd;
        }
        flush(text, pending, end, out);
    }

    /**
     * Looks for words that need more than ICU in {@code [from, to)}; ICU's share before each is
     * flushed from {@code pending}. Returns the new pending position.
     */
    private static int convertWords(String text, int pending, int from, int to, StringBuilder out) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!Letters.isWordChar(c)) {
                i++;
                continue;
            }
            int wordEnd = i + 1;
            while (wordEnd < to && Letters.isWordChar(text.charAt(wordEnd))) {
                wordEnd++;
            }
            Homoglyphs.Script script = Homoglyphs.majorityIfMixed(text, i, wordEnd);
            if (script != null) {
                flush(text, pending, i, out);
                String repaired = Homoglyphs.rewrite(text, i, wordEnd, script);
                if (script == Homoglyphs.Script.CYRILLIC) {
                    convertSpecials(repaired, 0, repaired.length(), out);
                } else {
                    out.append(repaired);
                }
                pending = wordEnd;
            } else {
                for (int k = i; k < wordEnd; k++) {
                    String special = special(text, k, i, wordEnd);
                    if (special != null) {
                        flush(text, pending, k, out);
                        out.append(special);
                        pending = k + 1;
                    }
                }
            }
            i = wordEnd;
        }
        return pending;
    }

    /** A whole (repaired) word: ICU plus the corrections. */
    private static void convertSpecials(String word, int from, int to, StringBuilder out) {
        int pending = from;
        for (int k = from; k < to; k++) {
            String special = special(word, k, from, to);
            if (special != null) {
                flush(word, pending, k, out);
                out.append(special);
                pending = k + 1;
            }
        }
        flush(word, pending, to, out);
    }

    /** The Latin for the letter at {@code k} where ICU's is wrong, or {@code null}. */
    private static String special(String text, int k, int wordStart, int wordEnd) {
        char c = text.charAt(k);
        switch (c) {
            case 'ѐ': return "è";
            case 'Ѐ': return "È";
            case 'ѝ': return "ì";
            case 'Ѝ': return "Ì";
            case 'Љ':
            case 'Њ':
            case 'Џ':
                boolean capitalBefore = k > wordStart && Letters.isUpperCase(text.charAt(k - 1));
                boolean capitalAfter = k + 1 < wordEnd && Letters.isUpperCase(text.charAt(k + 1));
                if (capitalBefore || capitalAfter) {
                    return null;
                }
                return c == 'Љ' ? "Lj" : c == 'Њ' ? "Nj" : "Dž";
            default:
                return null;
        }
    }

    private static void flush(String text, int from, int to, StringBuilder out) {
        if (from >= to) {
            return;
        }
        if (!Letters.containsCyrillicLetter(text, from, to)) {
            out.append(text, from, to);
            return;
        }
        String source = text.substring(from, to);
        if (source.indexOf(COMBINING_ACUTE) >= 0) {
            // The source has its own combining acute: compose only what ICU writes for ћ / Ћ.
            int pending = 0;
            for (int k = 0; k < source.length(); k++) {
                char c = source.charAt(k);
                if (c == 'ћ' || c == 'Ћ') {
                    appendIcu(source.substring(pending, k), out);
                    out.append(c == 'ћ' ? 'ć' : 'Ć');
                    pending = k + 1;
                }
            }
            appendIcu(source.substring(pending), out);
            return;
        }
        String latin = SERBIAN_LATIN.transliterate(source);
        if (latin.indexOf(COMBINING_ACUTE) >= 0) {
            latin = latin.replace("c\u0301", "ć").replace("C\u0301", "Ć");
        }
        out.append(latin);
    }

    private static void appendIcu(String source, StringBuilder out) {
        out.append(Letters.containsCyrillicLetter(source, 0, source.length())
                ? SERBIAN_LATIN.transliterate(source) : source);
    }
}
