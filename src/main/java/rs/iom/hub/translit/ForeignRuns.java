package rs.iom.hub.translit;

import java.util.Set;

/**
 * Finds, in a stretch of Serbian Latin text, the words that stay in Latin letters as foreign words and names, so
 * that a name of several words is kept whole ("Swiss Agency for Development and Cooperation", "Save the Children")
 * and never comes out half Latin, half Cyrillic.
 *
 * <p>Each word (with the words hyphenated to it) is one of:
 * <ul>
 *   <li><b>foreign</b>: written as Serbian never is (q, w, x, y, é, ü…, a capital after a small letter, or a
 *       spelling of {@link ForeignSpelling}): "Swiss", "Agency", "Cooperation";</li>
 *   <li><b>a name joiner</b>: "of", "and", "for", "with", "from", "at", "in", "de", "la", "des", "du", "et", "und",
 *       "für", "von"… — English, French, Spanish and German words that only join the words of a name;</li>
 *   <li><b>kept</b>: an entry of the keep-Latin dictionary or an acronym with a foreign letter ("WHO");</li>
 *   <li><b>capitalised</b>: "Development", "Children"; or capitalised and reading as a Serbian word form
 *       ({@link ForeignSpelling#readsSerbian}: "Beogradu", "Srbija");</li>
 *   <li><b>an acronym</b> in capitals that is not on the list of acronyms Serbian writes in Cyrillic;</li>
 *   <li>anything else, which ends a name: a small-letter Serbian word, a word with č ć đ š ž, an acronym Serbian
 *       writes in Cyrillic ("NATO"), a site transcription, a Roman numeral, punctuation between words.</li>
 * </ul>
 * Words separated only by white space (or " &amp; ") form a name when: foreign words and name joiners are in it; a
 * capitalised word next to a foreign word, a name joiner or another such capitalised word joins it ("International
 * Organization", "Catholic Relief Services"), except a capitalised word starting a sentence, with no weak sign of a
 * foreign word ({@link ForeignSpelling#looksForeign}), which joins only a name with a joiner in it ("Otvorite Excel
 * tabelu" stays Serbian); a capitalised word that reads as Serbian joins only after a foreign word, next to a name
 * joiner or between two words of the name ("Richard Kohli", "Bank of America", but "u Beogradu Save the Children"
 * keeps "Beogradu" Serbian); an unknown acronym joins only next to a foreign word, a name joiner or a kept name of
 * several words ("Save the Children UK"). A name joiner joins only the words on both its sides: alone, or at the edge
 * ("Knjiga in memoriam"), it is converted. Kept dictionary entries and acronyms are part of a name but do not draw
 * capitalised words into it ("IOM Srbija" → "IOM Србија").
 *
 * <p>A Serbian case ending after a hyphen is not part of the name: "Facebook-u" → "Facebook-у".
 *
 * <p>Limits: a Serbian capitalised word right before a foreign name, that does not read as Serbian by its ending
 * ("Program Swiss Agency…"), is kept with the name; a name split by markup ("**Swiss** Agency") is judged in
 * parts; a foreign name without any foreign spelling ("Caritas", "Open Society") is converted unless it is listed.
 */
final class ForeignRuns {

    static final int OTHER = 0;
    static final int FOREIGN = 1;
    static final int JOINER = 2;
    static final int KEPT = 3;
    static final int CAPITAL = 4;
    static final int CAPITAL_SERBIAN = 5;
    static final int ACRONYM = 6;
    /** A kept dictionary entry of several words ("Save the Children"): draws an acronym after it ("… UK"). */
    static final int KEPT_NAME = 7;

    /** Serbian case endings written after a hyphen ("IOM-om", "UNHCR-a", "Facebook-u"). */
    private static final Set<String> ENDINGS = Set.of("a", "e", "i", "u", "o", "om", "em", "ju", "ja", "je", "ji",
            "ov", "ova", "ove", "ovi", "ovo", "ovu", "ovom", "ovog", "ovoj", "ovih", "ovim", "ovima", "ovca", "ovac",
            "ovci", "ovce", "ovcu", "ovcima", "ev", "eva", "eve", "evi", "evo", "evu", "evom", "evog", "evoj", "evih",
            "evim", "ima", "ama", "ih", "im", "og", "oj", "ski", "ska", "sko", "ske", "skog", "skom", "skoj", "skih",
            "skim", "ac", "ca", "cu", "cem", "ce", "ci", "ka", "ke", "ki", "ku", "kom", "ina", "inu", "ine", "ini",
            "inom", "in", "ovski", "ovska", "ovsko", "ovske", "ovskog", "ovskom", "ovskoj", "ovskih", "ovskim");

    /** What may stand between a sentence's end and its first word: quotation marks, brackets, emphasis. */
    private static final String OPENING = "\"'„“”‘’«»([*_";

    private final KeepLatinDictionary dictionary;
    private final Set<String> cyrillicAcronyms;
    private final KeepLatinDictionary transcribed;

    ForeignRuns(KeepLatinDictionary dictionary, Set<String> cyrillicAcronyms, KeepLatinDictionary transcribed) {
        this.dictionary = dictionary;
        this.cyrillicAcronyms = cyrillicAcronyms;
        this.transcribed = transcribed;
    }

    /**
     * The stretches of {@code text[start, end)} kept as written, as {@code {from0, to0, from1, to1, …}} in text
     * order, the unused rest of the array filled with -1; {@code null} when there is none. A stretch is one word (or
     * hyphenated compound) without its case ending.
     */
    int[] find(String text, int start, int end) {
        NameTokens tokens = null;
        int i = start;
        int previousEnd = -1;
        while (i < end) {
            char c = text.charAt(i);
            if (!Letters.isWordChar(c) || i > start && Letters.isWordCharOrDigit(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int matched = transcribed.isEmpty() ? -1 : transcribed.matchEnd(text, i, end);
            if (matched > 0) {
                previousEnd = -1;
                i = matched;
                continue;
            }
            int kind;
            int core;
            int tokenEnd;
            matched = dictionary.matchEnd(text, i, end);
            if (matched > 0) {
                kind = hasSpace(text, i, matched) ? KEPT_NAME : KEPT;
                core = matched;
                tokenEnd = matched;
            } else {
                tokenEnd = LatinToCyrillic.compoundEnd(text, i, end);
                core = coreEnd(text, i, tokenEnd);
                kind = classify(text, i, core);
            }
            if (kind != OTHER) {
                boolean linked = previousEnd >= 0 && onlySpace(text, previousEnd, i);
                if (tokens == null) {
                    tokens = new NameTokens();
                }
                tokens.add(i, core, kind, linked, kind == CAPITAL && sentenceStart(text, start, i)
                        && !ForeignSpelling.looksForeign(text, i, core));
                previousEnd = tokenEnd;
            } else {
                previousEnd = -1;
            }
            i = Math.max(tokenEnd, i + 1);
        }
        return tokens == null ? null : tokens.spans();
    }

    /** The class of the word (or compound) {@code [from, to)}, one of the constants above. */
    int classify(String text, int from, int to) {
        if (isCyrillicAcronym(text, from, to)) {
            return OTHER;
        }
        boolean upper = true;
        boolean letters = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                upper &= Letters.isUpperCase(c);
            }
        }
        if (!letters) {
            return OTHER;
        }
        boolean foreign = LatinToCyrillic.isForeign(text, from, to) || foreignSpelling(text, from, to);
        if (upper) {
            if (to - from < 2 || RomanNumerals.isNumeral(text, from, to)) {
                return OTHER;
            }
            if (foreign) {
                return KEPT;
            }
            return ACRONYM;
        }
        if (foreign) {
            return FOREIGN;
        }
        if (ForeignSpelling.isNameJoiner(text, from, to)) {
            return JOINER;
        }
        if (!Letters.isUpperCase(text.charAt(from)) || !Letters.isLatinLetter(text.charAt(from))) {
            return OTHER;
        }
        for (int i = from; i < to; i++) {
            if (ForeignSpelling.isSerbianOnly(text.charAt(i)) || Letters.isCyrillicLetter(text.charAt(i))) {
                return OTHER;
            }
        }
        return ForeignSpelling.readsSerbian(text, from, to) ? CAPITAL_SERBIAN : CAPITAL;
    }

    private static boolean hasSpace(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a site transcription starts at {@code from}. */
    boolean isTranscribed(String text, int from) {
        return !transcribed.isEmpty() && transcribed.matchEnd(text, from, text.length()) > 0;
    }

    /** Whether {@code [from, to)} is an acronym Serbian writes in Cyrillic ("NATO", "BiH"). */
    boolean isCyrillicAcronym(String text, int from, int to) {
        return !cyrillicAcronyms.isEmpty() && to - from >= 2 && to - from <= 12
                && Letters.isUpperCase(text.charAt(from)) && Letters.isUpperCase(text.charAt(to - 1))
                && cyrillicAcronyms.contains(text.subSequence(from, to).toString());
    }

    /** A word of the compound spelt as Serbian never is, or an English possessive ('s). */
    static boolean foreignSpelling(String text, int from, int to) {
        int i = from;
        while (i < to) {
            if (!Letters.isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int wordEnd = i + 1;
            while (wordEnd < to && Letters.isWordChar(text.charAt(wordEnd))) {
                wordEnd++;
            }
            if (ForeignSpelling.cannotBeSerbian(text, i, wordEnd)) {
                return true;
            }
            if (wordEnd == to && wordEnd - i == 1 && (text.charAt(i) == 's') && i - 1 > from
                    && (text.charAt(i - 1) == '\'' || text.charAt(i - 1) == '\u2019')) {
                return true;
            }
            i = wordEnd;
        }
        return false;
    }

    /** The end of the compound {@code [from, to)} without a Serbian case ending after its last hyphen. */
    static int coreEnd(String text, int from, int to) {
        int hyphen = to - 1;
        while (hyphen > from && Letters.isWordChar(text.charAt(hyphen))) {
            hyphen--;
        }
        if (hyphen <= from + 1 || hyphen >= to - 1 || !isHyphen(text.charAt(hyphen)) || to - hyphen - 1 > 6) {
            return to;
        }
        for (int i = hyphen + 1; i < to; i++) {
            char c = text.charAt(i);
            if (c < 'a' || c > 'z') {
                return to;
            }
        }
        return ENDINGS.contains(text.subSequence(hyphen + 1, to).toString()) ? hyphen : to;
    }

    /**
     * If a hyphen and a Serbian case ending, ending the word, start at {@code at} ("-om" of "IOM-om"), the index after
     * them; otherwise -1.
     */
    static int endingEnd(String text, int at, int limit) {
        if (at + 1 >= limit || !isHyphen(text.charAt(at))) {
            return -1;
        }
        int end = at + 1;
        while (end < limit && Letters.isWordChar(text.charAt(end))) {
            end++;
        }
        if (end < limit && (Letters.isWordCharOrDigit(text.charAt(end)) || isHyphen(text.charAt(end)))) {
            return -1;
        }
        return at >= 2 && coreEnd(text, at - 2, end) == at ? end : -1;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** Whether the word at {@code at} starts a sentence (or the stretch of text): a capital there says nothing. */
    static boolean sentenceStart(String text, int start, int at) {
        int i = at - 1;
        while (i >= start && (Character.isWhitespace(text.charAt(i)) || OPENING.indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < start || ".!?:…".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean onlySpace(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = true;
            } else if (c != '&' || i == from || i + 1 == to) { // "Bill & Melinda Gates Foundation"
                return false;
            }
        }
        return space;
    }
}
