package rs.iom.hub.translit;

import java.util.Set;

/**
 * The context rules of {@link RomanNumerals} for the two readings that the letters alone cannot decide: a lone "I" or
 * "V" after a name (a regnal number, "Petar I", or the conjunction and an initial), and "VI" among capitals (the
 * ordinal of a heading, "VI SEDNICA", or the pronoun, "VI STE"). Why context and not a list: the same letters are
 * both, and only the words around them tell which.
 */
final class RomanContext {

    /** Words after which "VI" is the pronoun: conjunctions, particles and question words ("A VI?", "ŠTA VI…"). */
    private static final Set<String> BEFORE_PRONOUN = Set.of("A", "ALI", "I", "ILI", "NI", "PA", "DA", "LI", "JER",
            "AKO", "KAD", "KADA", "DOK", "ČIM", "ŠTO", "KAKO", "GDE", "GDJE", "ZAŠTO", "ŠTA", "ČAK", "SAMO", "NEKA",
            "MI", "ONI", "ONE", "JA", "TI", "HVALA", "NE", "TAKO", "JOŠ");
    /** Words after which "VI" is the pronoun: the verb "biti", pronouns, particles ("VI STE", "VI SAMI", "VI I MI"). */
    private static final Set<String> AFTER_PRONOUN = Set.of("STE", "BISTE", "NISTE", "ĆETE", "NEĆETE", "JESTE",
            "SE", "SAMI", "SVI", "NE", "I", "A", "ILI", "KOJI", "KOJA", "KOJE", "ŠTO", "TO", "TAKOĐE", "ISTO", "UVEK",
            "NIKADA", "SADA", "SAD", "TU", "DA", "LI", "MI", "ONI", "NAM", "MU", "JOJ", "IM", "GA", "JE", "ME", "NAS");

    /**
     * Beginnings of nouns that are counted with an ordinal number in reports ("I kvartal", "V razred", "I svetski
     * rat"), and hardly ever follow the conjunction "I" at the start of a sentence. Left out on purpose: deo, tom,
     * kolo, nivo, krug, stepen, godina ("I tom prilikom…", "I godine su prolazile…" have the conjunction).
     */
    private static final String[] COUNTED = {"kvartal", "faz", "polugodišt", "razred", "etap", "poglavlj",
        "kategorij", "sednic", "kongres", "konferencij", "vek", "semest", "svetsk", "rund", "sprat", "ciklus"};

    private RomanContext() {
    }

    /**
     * Whether the lone capital I or V at {@code [start, end)} is an ordinal number before a counted noun: followed,
     * after spaces only, by a word beginning as one of {@link #COUNTED}, in small letters or in capitals.
     */
    static boolean isOrdinalBeforeCountedNoun(String text, int start, int end, int regionEnd) {
        char letter = text.charAt(start);
        if (letter != 'I' && letter != 'V') {
            return false;
        }
        int i = end;
        while (i < regionEnd && isSpace(text.charAt(i))) {
            i++;
        }
        if (i == end || i == regionEnd) {
            return false;
        }
        int wordStart = i;
        while (i < regionEnd && Letters.isWordChar(text.charAt(i))) {
            i++;
        }
        if (i - wordStart < 3 || Letters.isUpperCase(text.charAt(wordStart))
                && !RomanNumerals.isCapitalProse(text, ((long) wordStart << 32) | i)) {
            return false; // a capitalised word ("I Marko") is not a counted noun
        }
        for (String counted : COUNTED) {
            if (PrefixDigraphs.startsWith(text, wordStart, i, counted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the lone capital I or V at {@code [start, end)} is a regnal or volume number: it follows a word of two
     * letters or more that starts with a capital, separated by spaces only, and is not an initial (a full stop and a
     * capitalised word after it). After a word in capitals, only where the conjunction cannot stand: at the end of
     * the text or before a punctuation mark.
     */
    static boolean isRegnalNumber(String text, int start, int end, int regionStart, int regionEnd) {
        char letter = text.charAt(start);
        if (letter != 'I' && letter != 'V') {
            return false;
        }
        int i = start;
        while (i > regionStart && isSpace(text.charAt(i - 1))) {
            i--;
        }
        if (i == start || i == regionStart || !Letters.isWordChar(text.charAt(i - 1))) {
            return false;
        }
        int wordEnd = i;
        while (i > regionStart && Letters.isWordChar(text.charAt(i - 1))) {
            i--;
        }
        int wordStart = i;
        if (wordEnd - wordStart < 2 || !Letters.isUpperCase(text.charAt(wordStart))
                || i > regionStart && Letters.isWordCharOrDigit(text.charAt(i - 1))) {
            return false;
        }
        int after = end;
        if (after < regionEnd && text.charAt(after) == '.') {
            int next = after + 1;
            while (next < regionEnd && isSpace(text.charAt(next))) {
                next++;
            }
            if (next > after + 1 && next < regionEnd && Letters.isUpperCase(text.charAt(next))) {
                return false; // "Petar V. Petrović": an initial
            }
        }
        boolean capitals = RomanNumerals.isCapitalProse(text, ((long) wordStart << 32) | wordEnd);
        if (!capitals) {
            return !RomanNumerals.isNumeral(text, wordStart, wordEnd) && !isTitleCaseConjunction(text, wordStart, end,
                    regionStart, regionEnd);
        }
        while (after < regionEnd && isSpace(text.charAt(after))) {
            after++;
        }
        return after == regionEnd || ",;:)!?.…".indexOf(text.charAt(after)) >= 0;
    }

    /**
     * Whether a capital I between capitalised words is the conjunction of a title written in capitals word by word
     * ("Ljubaznost, Njegovanje I Džentlmenstvo"): the word before the name is capitalised too, and so is every word
     * after the I up to the end of the text or the next word in small letters. "Kralj Petar I Karađorđević je…" and
     * "Petar I Karađorđević" keep the numeral.
     */
    private static boolean isTitleCaseConjunction(String text, int nameStart, int end, int regionStart,
                                                  int regionEnd) {
        String next = word(text, end, regionStart, regionEnd, 1);
        if (next == null || !Letters.isUpperCase(next.charAt(0))) {
            return false;
        }
        String beforeName = word(text, nameStart, regionStart, regionEnd, -1);
        if (beforeName == null || !Letters.isUpperCase(beforeName.charAt(0))) {
            return false;
        }
        int nextStart = end;
        while (!Letters.isWordChar(text.charAt(nextStart))) {
            nextStart++;
        }
        String afterNext = word(text, nextStart + next.length(), regionStart, regionEnd, 1);
        return afterNext == null || Letters.isUpperCase(afterNext.charAt(0));
    }

    /** Whether "VI" at {@code [start, end)}, among words in capitals, is the pronoun by the words next to it. */
    static boolean isPronounVi(String text, int start, int end, int regionStart, int regionEnd) {
        String before = word(text, start, regionStart, regionEnd, -1);
        String after = word(text, end, regionStart, regionEnd, 1);
        return before != null && BEFORE_PRONOUN.contains(before)
                || after != null && (AFTER_PRONOUN.contains(after) || after.length() >= 3 && after.endsWith("TE"));
    }

    /**
     * The word right before ({@code direction} -1) or after (+1) {@code from}, with nothing but spaces and
     * punctuation other than a sentence end between, or null.
     */
    private static String word(String text, int from, int regionStart, int regionEnd, int direction) {
        int i = from;
        if (direction < 0) {
            while (i > regionStart && !Letters.isWordCharOrDigit(text.charAt(i - 1))) {
                if (".!?".indexOf(text.charAt(i - 1)) >= 0) {
                    return null;
                }
                i--;
            }
            int wordEnd = i;
            while (i > regionStart && Letters.isWordChar(text.charAt(i - 1))) {
                i--;
            }
            return i < wordEnd ? text.subSequence(i, wordEnd).toString() : null;
        }
        while (i < regionEnd && !Letters.isWordCharOrDigit(text.charAt(i))) {
            if (".!?".indexOf(text.charAt(i)) >= 0) {
                return null;
            }
            i++;
        }
        int wordStart = i;
        while (i < regionEnd && Letters.isWordChar(text.charAt(i))) {
            i++;
        }
        return wordStart < i ? text.subSequence(wordStart, i).toString() : null;
    }

    /**
     * Whether the capital I at {@code [start, end)} stands between two numerals with nothing but spaces around it:
     * the conjunction in capitals ("VII I VIII VEK"); a list of numerals has commas ("I, II, III").
     */
    static boolean isConjunctionBetweenNumerals(String text, int start, int end, int regionStart, int regionEnd) {
        int before = start;
        while (before > regionStart && isSpace(text.charAt(before - 1))) {
            before--;
        }
        int after = end;
        while (after < regionEnd && isSpace(text.charAt(after))) {
            after++;
        }
        if (before == start || after == end || before == regionStart || after == regionEnd) {
            return false;
        }
        int previousStart = before;
        while (previousStart > regionStart && Letters.isWordChar(text.charAt(previousStart - 1))) {
            previousStart--;
        }
        int nextEnd = after;
        while (nextEnd < regionEnd && Letters.isWordChar(text.charAt(nextEnd))) {
            nextEnd++;
        }
        return previousStart < before && after < nextEnd && before - previousStart >= 2 && nextEnd - after >= 2
                && RomanNumerals.isNumeral(text, previousStart, before) && RomanNumerals.isNumeral(text, after, nextEnd);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\t';
    }
}
