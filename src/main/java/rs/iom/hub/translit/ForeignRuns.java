package rs.iom.hub.translit;

import java.util.Arrays;
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
 *   <li><b>a name joiner</b>: "of", "and", "for", "the", "with", "from", "at", "in", "des", "du", "et", "und", "für",
 *       "der", "die", "das", "von" — English, French and German words that only join the words of a name;</li>
 *   <li><b>kept</b>: an entry of the keep-Latin dictionary or an acronym with a foreign letter ("WHO");</li>
 *   <li><b>capitalised</b>: "Development", "Children"; or capitalised and reading as a Serbian word form
 *       ({@link ForeignSpelling#readsSerbian}: "Beogradu", "Srbija");</li>
 *   <li><b>an acronym</b> in capitals that is not on the list of acronyms Serbian writes in Cyrillic;</li>
 *   <li>anything else, which ends a name: a small-letter Serbian word, a word with č ć đ š ž, an acronym Serbian
 *       writes in Cyrillic ("NATO"), a site transcription, a Roman numeral, punctuation between words.</li>
 * </ul>
 * Words separated only by white space form a name when: foreign words and name joiners are in it; a capitalised word
 * next to a foreign word, a name joiner or another such capitalised word joins it ("International Organization",
 * "Catholic Relief Services"); a capitalised word that reads as Serbian joins only next to a name joiner or between two
 * words of the name ("Bank of America", but "u Beogradu Save the Children" keeps "Beogradu" Serbian); an unknown
 * acronym joins only next to a foreign word or name joiner. A name joiner alone is converted ("in memoriam"). Kept
 * dictionary entries and acronyms are part of a name but do not draw capitalised words into it ("IOM Srbija" →
 * "IOM Србија").
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
    int[] find(CharSequence text, int start, int end) {
        Tokens tokens = null;
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
                    tokens = new Tokens();
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
    int classify(CharSequence text, int from, int to) {
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

    private static boolean hasSpace(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code [from, to)} is an acronym Serbian writes in Cyrillic ("NATO", "BiH"). */
    boolean isCyrillicAcronym(CharSequence text, int from, int to) {
        return !cyrillicAcronyms.isEmpty() && to - from >= 2 && to - from <= 12
                && Letters.isUpperCase(text.charAt(from)) && Letters.isUpperCase(text.charAt(to - 1))
                && cyrillicAcronyms.contains(text.subSequence(from, to).toString());
    }

    /** A word of the compound spelt as Serbian never is, or an English possessive ('s). */
    static boolean foreignSpelling(CharSequence text, int from, int to) {
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
    static int coreEnd(CharSequence text, int from, int to) {
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
    static int endingEnd(CharSequence text, int at, int limit) {
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
    private static boolean sentenceStart(CharSequence text, int start, int at) {
        int i = at - 1;
        while (i >= start && (Character.isWhitespace(text.charAt(i)) || "\"'„“”‘’«»([*_".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < start || ".!?:…".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean onlySpace(CharSequence text, int from, int to) {
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

    /** The words of the text that are not plain Serbian words, and the names they form. */
    private static final class Tokens {
        private int[] starts = new int[8];
        private int[] cores = new int[8];
        private int[] kinds = new int[8];
        private boolean[] linked = new boolean[8];
        /** A capitalised word with no sign of a foreign word that starts a sentence ("Otvorite Excel…"). */
        private boolean[] plainInitial = new boolean[8];
        private int size;

        void add(int start, int core, int kind, boolean linkedToPrevious, boolean initial) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                cores = Arrays.copyOf(cores, size * 2);
                kinds = Arrays.copyOf(kinds, size * 2);
                linked = Arrays.copyOf(linked, size * 2);
                plainInitial = Arrays.copyOf(plainInitial, size * 2);
            }
            plainInitial[size] = initial;
            starts[size] = start;
            cores[size] = core;
            kinds[size] = kind;
            linked[size] = linkedToPrevious;
            size++;
        }

        int[] spans() {
            boolean[] member = new boolean[size];
            int first = 0;
            while (first < size) {
                int last = first;
                while (last + 1 < size && linked[last + 1]) {
                    last++;
                }
                name(member, first, last);
                first = last + 1;
            }
            int count = 0;
            int[] spans = new int[size * 2];
            for (int t = 0; t < size; t++) {
                if (member[t]) {
                    spans[count++] = starts[t];
                    spans[count++] = cores[t];
                }
            }
            if (count == 0) {
                return null;
            }
            Arrays.fill(spans, count, spans.length, -1);
            return spans;
        }

        /** Decides which words of the linked words {@code [first, last]} form a foreign name. */
        private void name(boolean[] member, int first, int last) {
            for (int t = first; t <= last; t++) {
                member[t] = kinds[t] == FOREIGN || kinds[t] == JOINER || kinds[t] == KEPT || kinds[t] == KEPT_NAME;
            }
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int t = first; t <= last; t++) {
                    if (!member[t] && drawnIn(member, t, first, last)) {
                        member[t] = true;
                        changed = true;
                    }
                }
            }
            // joiners only join: alone, or at the edge of a name of nothing but joiners, they are Serbian text
            int t = first;
            while (t <= last) {
                if (!member[t]) {
                    t++;
                    continue;
                }
                int end = t;
                boolean substance = false;
                while (end <= last && member[end]) {
                    substance |= kinds[end] != JOINER;
                    end++;
                }
                if (!substance) {
                    for (int k = t; k < end; k++) {
                        member[k] = false;
                    }
                } else {
                    trimJoiners(member, t, end - 1);
                }
                t = end;
            }
        }

        private void trimJoiners(boolean[] member, int from, int to) {
            // "Ministarstvo and" — a joiner at the edge with no name word beyond it joins nothing
            if (kinds[from] == JOINER && (from == to || !drawing(kinds[from + 1]) && !isKept(kinds[from + 1]))) {
                member[from] = false;
            }
            if (kinds[to] == JOINER && to > from && !drawing(kinds[to - 1]) && !isKept(kinds[to - 1])) {
                member[to] = false;
            }
        }

        private boolean drawnIn(boolean[] member, int t, int first, int last) {
            int kind = kinds[t];
            int left = t > first && member[t - 1] ? drawingKind(t - 1, first, last) : -1;
            int right = t < last && member[t + 1] ? drawingKind(t + 1, first, last) : -1;
            return switch (kind) {
                case CAPITAL -> plainInitial[t] ? drawing(right) && joinerAhead(t, last) : drawing(left) || drawing(right);
                case CAPITAL_SERBIAN -> left == FOREIGN || left == JOINER || right == JOINER || left >= 0 && right >= 0;
                case ACRONYM -> left == FOREIGN || left == JOINER || left == KEPT_NAME || right == FOREIGN
                        || right == JOINER || right == KEPT_NAME;
                default -> false;
            };
        }

        /** Whether a name joiner follows {@code t} among the linked words up to {@code last}. */
        private boolean joinerAhead(int t, int last) {
            for (int k = t + 1; k <= last; k++) {
                if (kinds[k] == JOINER) {
                    return true;
                }
            }
            return false;
        }

        /** The kind of a word as a neighbour: a joiner at the edge of the linked words joins nothing ("Knjiga in"). */
        private int drawingKind(int t, int first, int last) {
            return kinds[t] == JOINER && (t == first || t == last) ? OTHER : kinds[t];
        }

        private static boolean isKept(int kind) {
            return kind == KEPT || kind == KEPT_NAME;
        }

        /** A word that draws a neighbouring capitalised word into a name. */
        private static boolean drawing(int kind) {
            return kind == FOREIGN || kind == JOINER || kind == CAPITAL;
        }
    }
}
