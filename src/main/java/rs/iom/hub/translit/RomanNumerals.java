package rs.iom.hub.translit;

/**
 * Recognises Roman numerals written as whole words, which stay in Latin letters in Cyrillic text
 * ("XXI век", "II конференција", "III.").
 *
 * <p>Rules, chosen to avoid turning ordinary Serbian words into numerals:
 * <ul>
 *   <li>Only upper-case, canonical numerals (I–MMMMCMXCIX written the standard way: "IV", not
 *       "IIII" or "IC"). Lower-case "ii", "iv" are not numerals.</li>
 *   <li>Two letters or more. A single I, V, X, L, C, D or M is ambiguous (the conjunction "I",
 *       initials such as "V. Petrović") and is transliterated like any other letter, unless the
 *       nearest word on either side (not counting one-letter lower-case words such as "i", "u") is
 *       a numeral of two letters or more kept as one: "I i II svetski rat", "V, VI, VII". A capital I with
 *       nothing but spaces between two numerals is the conjunction in capitals: "VII I VIII RAZRED".</li>
 *   <li>A lone I or V right after a capitalised name is a regnal or volume number: "Petar I", "Karlo V",
 *       "Tom I", "Petar I Karađorđević"; but "V. Petrović" (a capital and a full stop before a name) is an initial.
 *       After an all-capitals word, only at the end of the text or before a punctuation mark: "KRALJ PETAR I" keeps
 *       it, "MARKO I ANA" has the conjunction. Before a noun that reports count ("I kvartal", "V razred", "I FAZA",
 *       "I svetski rat") a lone I or V is an ordinal number too. See {@link RomanContext}.</li>
 *   <li>Numerals that are also Serbian words in capitals ({@code MI} "we", {@code VI} "you",
 *       {@code LI}, {@code DI}, {@code DIV}) count as numerals unless a neighbouring word of two
 *       letters or more (single letters are skipped) is an all-capitals word that is not itself a
 *       numeral: "VI vek" and "poglavlje VI" keep "VI", while "MI SMO" becomes "МИ СМО". Among capitals,
 *       {@code VI} is still a numeral unless its neighbours show the pronoun: "VI SEDNICA UPRAVNOG ODBORA" keeps
 *       it, "VI STE NAŠI GOSTI", "ŠTA VI MISLITE" and "A VI?" do not (see {@link RomanContext#isPronounVi}).</li>
 * </ul>
 *
 * <p>Limits: in all-capitals text a lone "I" between two words is always the conjunction ("PETAR I
 * KARAĐORĐEVIĆ" comes out "ПЕТАР И КАРАЂОРЂЕВИЋ"); {@code MI}, {@code LI}, {@code DI}, {@code DIV} among
 * capitals are always words (1001, 51, 501, 504 are rarely written so); in a title whose every word is capitalised
 * a lone I between capitalised words is the conjunction ("Međunarodni Dan I Noć", so also "Kralj Petar I
 * Karađorđević" standing alone); "VI" among capitals followed by a noun ending in -te ("VI RATE") is read as the
 * pronoun; a sentence that starts with the conjunction before a counted noun ("I faza pripreme je važna", meaning
 * "and the phase…") gets the numeral; "CD", "CV", "CM" are numerals as far as letters go (the international
 * acronyms are kept in Latin all the same). Where the rules are wrong, {@code -{…}-} keeps the letters as written.
 */
final class RomanNumerals {

    private static final String[] AMBIGUOUS = {"MI", "VI", "LI", "DI", "DIV"};
    private static final String[] THOUSANDS = {"", "M", "MM", "MMM", "MMMM"};
    private static final String[] HUNDREDS = {"", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"};
    private static final String[] TENS = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
    private static final String[] UNITS = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};

    private RomanNumerals() {
    }

    /** Whether {@code [start, end)} of {@code text}, a whole word, is kept as a Roman numeral. */
    static boolean isKeptNumeral(String text, int start, int end, int regionStart, int regionEnd) {
        if (end - start == 1) {
            if (text.charAt(start) == 'I' && RomanContext.isConjunctionBetweenNumerals(text, start, end, regionStart,
                    regionEnd)) {
                return false;
            }
            return value(text.charAt(start)) > 0
                    && (isKeptNumeralWord(text, neighbour(text, start, regionStart, regionEnd, -1), regionStart, regionEnd)
                    || isKeptNumeralWord(text, neighbour(text, end, regionStart, regionEnd, 1), regionStart, regionEnd)
                    || RomanContext.isRegnalNumber(text, start, end, regionStart, regionEnd)
                    || RomanContext.isOrdinalBeforeCountedNoun(text, start, end, regionEnd));
        }
        if (!isNumeral(text, start, end)) {
            return false;
        }
        if (!isAmbiguous(text, start, end)) {
            return true;
        }
        boolean vi = end - start == 2 && text.charAt(start) == 'V' && text.charAt(start + 1) == 'I';
        if (vi && RomanContext.isPronounVi(text, start, end, regionStart, regionEnd)) {
            return false;
        }
        if (!isCapitalProse(text, previousWord(text, start, regionStart))
                && !isCapitalProse(text, nextWord(text, end, regionEnd))) {
            return true;
        }
        return vi;
    }

    /** Whether {@code [start, end)} is a canonical upper-case Roman numeral of two letters or more. */
    static boolean isNumeral(String text, int start, int end) {
        int length = end - start;
        if (length < 2 || length > 16) {
            return false;
        }
        int value = 0;
        int previous = Integer.MAX_VALUE;
        for (int i = start; i < end; i++) {
            int digit = value(text.charAt(i));
            if (digit == 0) {
                return false;
            }
            value += digit > previous ? digit - 2 * previous : digit;
            previous = digit;
        }
        if (value <= 0 || value >= 5000) {
            return false;
        }
        String canonical = THOUSANDS[value / 1000] + HUNDREDS[value / 100 % 10] + TENS[value / 10 % 10]
                + UNITS[value % 10];
        return canonical.contentEquals(text.subSequence(start, end));
    }

    private static int value(char c) {
        switch (c) {
            case 'I': return 1;
            case 'V': return 5;
            case 'X': return 10;
            case 'L': return 50;
            case 'C': return 100;
            case 'D': return 500;
            case 'M': return 1000;
            default: return 0;
        }
    }

    private static boolean isAmbiguous(String text, int start, int end) {
        for (String word : AMBIGUOUS) {
            if (word.length() == end - start && word.contentEquals(text.subSequence(start, end))) {
                return true;
            }
        }
        return false;
    }

    /** A numeral of two letters or more that is kept as one where it stands ("VI" in "VI STE" is not). */
    static boolean isKeptNumeralWord(String text, long word, int regionStart, int regionEnd) {
        if (word < 0) {
            return false;
        }
        int start = (int) (word >>> 32);
        int end = (int) word;
        return isNumeral(text, start, end) && isKeptNumeral(text, start, end, regionStart, regionEnd);
    }

    /**
     * The nearest word before ({@code direction} -1) or after (+1) {@code from}, skipping one-letter
     * lower-case words; packed as start &lt;&lt; 32 | end, or -1.
     */
    private static long neighbour(String text, int from, int regionStart, int regionEnd, int direction) {
        int i = from;
        while (direction < 0 ? i > regionStart : i < regionEnd) {
            int start;
            int end;
            if (direction < 0) {
                while (i > regionStart && !Letters.isWordChar(text.charAt(i - 1))) {
                    i--;
                }
                end = i;
                while (i > regionStart && Letters.isWordChar(text.charAt(i - 1))) {
                    i--;
                }
                start = i;
            } else {
                while (i < regionEnd && !Letters.isWordChar(text.charAt(i))) {
                    i++;
                }
                start = i;
                while (i < regionEnd && Letters.isWordChar(text.charAt(i))) {
                    i++;
                }
                end = i;
            }
            if (end - start == 1 && Character.isLowerCase(text.charAt(start))) {
                continue;
            }
            return end > start ? ((long) start << 32) | end : -1;
        }
        return -1;
    }

    /** A word of two letters or more, all upper case, that is not a numeral. */
    static boolean isCapitalProse(String text, long word) {
        if (word < 0) {
            return false;
        }
        int start = (int) (word >>> 32);
        int end = (int) word;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && !Letters.isUpperCase(c)) {
                return false;
            }
        }
        return !isNumeral(text, start, end);
    }

    /** The nearest word of two letters or more before {@code from}, packed as start &lt;&lt; 32 | end, or -1. */
    private static long previousWord(String text, int from, int regionStart) {
        int i = from;
        while (i > regionStart) {
            while (i > regionStart && !Letters.isWordChar(text.charAt(i - 1))) {
                i--;
            }
            int end = i;
            while (i > regionStart && Letters.isWordChar(text.charAt(i - 1))) {
                i--;
            }
            if (end - i >= 2) {
                return ((long) i << 32) | end;
            }
        }
        return -1;
    }

    private static long nextWord(String text, int from, int regionEnd) {
        int i = from;
        while (i < regionEnd) {
            while (i < regionEnd && !Letters.isWordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < regionEnd && Letters.isWordChar(text.charAt(i))) {
                i++;
            }
            if (i - start >= 2) {
                return ((long) start << 32) | i;
            }
        }
        return -1;
    }
}
