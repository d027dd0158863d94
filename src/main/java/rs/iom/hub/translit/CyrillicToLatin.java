package rs.iom.hub.translit;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;

/**
 * Cyrillic → Latin for a stretch of plain text that holds no keep markers, following ICU4J's
 * {@code Serbian-Latin/BGN} transform. (ICU's generic "Cyrillic-Latin" is not Serbian: it writes
 * ђ, ћ, џ, љ, њ differently.)
 *
 * <p>ICU's transform is a rule-based transliterator: about 0.4 µs per character, and it locks its
 * rule data, so threads queue on it. Its Serbian rules map each letter on its own, with one context
 * rule (a capital Љ, Њ, Џ is written Lj, Nj, Dž before a lower-case letter and LJ, NJ, DŽ
 * otherwise). So the mapping is taken from ICU once, when this class loads: every Cyrillic letter
 * that ICU converts is run through it alone and before "а", giving a table that is then applied per
 * character. {@code CyrillicToLatinTest} checks the table against ICU itself on every pair of
 * letters and on the Cyrillic corpus.
 *
 * <p>Corrections to ICU, each checked by a test:
 * <ul>
 *   <li>ICU writes ћ / Ћ decomposed, as c / C followed by the combining acute accent U+0301 (with
 *       no normalisation afterwards), while every other letter comes out precomposed (č, š, ž, đ).
 *       The table holds the NFC form: ć / Ć are U+0107 / U+0106, as typed on a Serbian keyboard;
 *       otherwise "ћерка" would not equal "ćerka".</li>
 *   <li>A capital Љ, Њ or Џ that stands alone (an initial such as "Љ. Поповић", or a one-letter
 *       word) comes out of ICU in capitals, "LJ.". Here it is written in title case, "Lj.", unless
 *       a neighbouring letter of the word is a capital ("ПАСУЉ" → "PASULJ", "ЉУБАВ" → "LJUBAV",
 *       as ICU does).</li>
 *   <li>ICU leaves ѐ and ѝ (the accents the Pravopis uses in "сѐ" and "ѝ") in Cyrillic; they
 *       become è and ì.</li>
 * </ul>
 * URLs, e-mail addresses and file names are left alone, and words that mix the scripts are
 * repaired first (see {@link Homoglyphs}).
 */
final class CyrillicToLatin {

    static final String ICU_ID = "Serbian-Latin/BGN";

    private static final int BASE = 0x400;
    /** ICU's Latin for each Cyrillic letter U+0400–U+045F on its own (NFC), or null if ICU keeps it. */
    private static final String[] LATIN = new String[0x60];
    /** For the capitals whose Latin depends on the next letter: the form before a lower-case letter. */
    private static final String[] TITLE = new String[0x60];

    static {
        Transliterator icu = Transliterator.getInstance(ICU_ID);
        for (char c = BASE; c < BASE + LATIN.length; c++) {
            String alone = nfc(icu.transliterate(String.valueOf(c)));
            if (alone.equals(String.valueOf(c))) {
                continue;
            }
            LATIN[c - BASE] = alone;
            if (Character.isUpperCase(c)) {
                String before = nfc(icu.transliterate(c + "а"));
                String title = before.substring(0, before.length() - 1);
                if (!title.equals(alone)) {
                    TITLE[c - BASE] = title;
                }
            }
        }
        LATIN['ѐ' - BASE] = "è";
        LATIN['Ѐ' - BASE] = "È";
        LATIN['ѝ' - BASE] = "ì";
        LATIN['Ѝ' - BASE] = "Ì";
    }

    private CyrillicToLatin() {
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Appends the conversion of {@code text[start, end)} to {@code out}. */
    static void convert(String text, int start, int end, StringBuilder out) {
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                out.append(c);
                i++;
                continue;
            }
            int chunkEnd = i + 1;
            while (chunkEnd < end && !Character.isWhitespace(text.charAt(chunkEnd))) {
                chunkEnd++;
            }
            if (!Letters.containsCyrillicLetter(text, i, chunkEnd)) {
                out.append(text, i, chunkEnd);
                i = chunkEnd;
                continue;
            }
            long found = ProtectedTokens.find(text, i, chunkEnd);
            if (found >= 0) {
                int protectedStart = (int) (found >>> 32);
                int protectedEnd = (int) found;
                convertWords(text, i, protectedStart, out);
                out.append(text, protectedStart, protectedEnd);
                convertWords(text, protectedEnd, chunkEnd, out);
            } else {
                convertWords(text, i, chunkEnd, out);
            }
            i = chunkEnd;
        }
    }

    private static void convertWords(String text, int from, int to, StringBuilder out) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!Letters.isWordChar(c)) {
                out.append(c);
                i++;
                continue;
            }
            int wordEnd = i + 1;
            while (wordEnd < to && Letters.isWordChar(text.charAt(wordEnd))) {
                wordEnd++;
            }
            Homoglyphs.Script script = Homoglyphs.majorityIfMixed(text, i, wordEnd);
            if (script == Homoglyphs.Script.LATIN) {
                out.append(Homoglyphs.rewrite(text, i, wordEnd, script));
            } else if (script == Homoglyphs.Script.CYRILLIC) {
                String repaired = Homoglyphs.rewrite(text, i, wordEnd, script);
                appendLatin(repaired, 0, repaired.length(), out);
            } else {
                appendLatin(text, i, wordEnd, out);
            }
            i = wordEnd;
        }
    }

    /** One word, letter by letter. */
    private static void appendLatin(String word, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = word.charAt(i);
            int index = c - BASE;
            if (index < 0 || index >= LATIN.length || LATIN[index] == null) {
                out.append(c);
                continue;
            }
            String title = TITLE[index];
            if (title != null
                    && !(i > from && Letters.isUpperCase(word.charAt(i - 1)))
                    && !(i + 1 < to && Letters.isUpperCase(word.charAt(i + 1)))) {
                out.append(title);
            } else {
                out.append(LATIN[index]);
            }
        }
    }
}
