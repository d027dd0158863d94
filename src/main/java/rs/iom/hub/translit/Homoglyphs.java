package rs.iom.hub.translit;

/**
 * Look-alike letters across the Latin and Cyrillic scripts, and the repair of words that mix the two.
 *
 * <p>A word that mixes scripts (for example "upravlјanje" with the Cyrillic ј U+0458, a real
 * artefact of conversion tools) is rewritten in the script of the majority of its letters. The
 * majority is decided first by the letters that exist in one script only (l, r, v in Latin; б, и, ш
 * in Cyrillic), then by all letters; a tie goes to Latin, the script in which the site is written.
 * Letters of the minority script become their look-alike in the majority script where there is one
 * (Cyrillic а → a, Latin c → с); the others are transliterated letter by letter (Cyrillic ш → š,
 * Latin i → и, since Serbian Cyrillic has no letter that looks like i or s).
 */
final class Homoglyphs {

    enum Script { LATIN, CYRILLIC }

    private static final String CYRILLIC_LOOKALIKES = "аеорсухјіѕһԁԛԝАВЕКМНОРСТХУЈІЅԚԜ";
    private static final String LATIN_FOR_CYRILLIC = "aeopcyxjishdqwABEKMHOPCTXYJISQW";

    private static final String LATIN_LOOKALIKES = "aeopcyxjAEKMHOPCTXYJB";
    private static final String CYRILLIC_FOR_LATIN = "аеорсухјАЕКМНОРСТХУЈВ";

    /** Index: Cyrillic char - 0x400 → Latin look-alike (0 if none). */
    private static final char[] TO_LATIN = new char[0x130];
    /** Index: Latin char → Cyrillic look-alike (0 if none). */
    private static final char[] TO_CYRILLIC = new char[0x80];

    static {
        for (int i = 0; i < CYRILLIC_LOOKALIKES.length(); i++) {
            TO_LATIN[CYRILLIC_LOOKALIKES.charAt(i) - 0x400] = LATIN_FOR_CYRILLIC.charAt(i);
        }
        for (int i = 0; i < LATIN_LOOKALIKES.length(); i++) {
            TO_CYRILLIC[LATIN_LOOKALIKES.charAt(i)] = CYRILLIC_FOR_LATIN.charAt(i);
        }
    }

    private Homoglyphs() {
    }

    /** The Latin look-alike of a Cyrillic letter, or 0. */
    static char latinLookalike(char c) {
        return c >= 0x400 && c < 0x530 ? TO_LATIN[c - 0x400] : 0;
    }

    /** The Cyrillic look-alike of a Latin letter, or 0. */
    static char cyrillicLookalike(char c) {
        return c < 0x80 ? TO_CYRILLIC[c] : 0;
    }

    private static boolean latinHasLookalike(char c) {
        return cyrillicLookalike(c) != 0 || c == 'i' || c == 's' || c == 'I' || c == 'S';
    }

    /**
     * The script a word should be written in if it mixes Latin and Cyrillic letters, or {@code null}
     * if the letters in {@code [start, end)} are all of one script (or of neither).
     */
    static Script majorityIfMixed(String text, int start, int end) {
        int latin = 0;
        int cyrillic = 0;
        int latinDistinct = 0;
        int cyrillicDistinct = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Letters.isCyrillicLetter(c)) {
                cyrillic++;
                if (latinLookalike(c) == 0) {
                    cyrillicDistinct++;
                }
            } else if (Letters.isLatinLetter(c)) {
                latin++;
                if (!latinHasLookalike(c)) {
                    latinDistinct++;
                }
            }
        }
        if (latin == 0 || cyrillic == 0) {
            return null;
        }
        if (latinDistinct != cyrillicDistinct) {
            return latinDistinct > cyrillicDistinct ? Script.LATIN : Script.CYRILLIC;
        }
        return cyrillic > latin ? Script.CYRILLIC : Script.LATIN;
    }

    /**
     * Rewrites the letters of {@code [start, end)} that are not in {@code target} script: look-alikes
     * first, then letter-by-letter transliteration. Letters with neither (e.g. Cyrillic щ in a Latin
     * word) are kept.
     */
    static String rewrite(String text, int start, int end, Script target) {
        StringBuilder out = new StringBuilder(end - start + 2);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (target == Script.LATIN && Letters.isCyrillicLetter(c)) {
                char lookalike = latinLookalike(c);
                if (lookalike != 0) {
                    out.append(lookalike);
                    continue;
                }
                String latin = Letters.cyrillicToLatin(c);
                if (latin == null) {
                    out.append(c);
                } else if (latin.length() == 2 && Character.isUpperCase(c)
                        && i + 1 < end && Letters.isUpperCase(text.charAt(i + 1))) {
                    out.append(latin.toUpperCase(java.util.Locale.ROOT));
                } else {
                    out.append(latin);
                }
            } else if (target == Script.CYRILLIC && Letters.isLatinLetter(c)) {
                char lookalike = cyrillicLookalike(c);
                if (lookalike == 0) {
                    lookalike = Letters.latinToCyrillic(c);
                }
                out.append(lookalike != 0 ? lookalike : c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
