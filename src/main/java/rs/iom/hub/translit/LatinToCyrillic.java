package rs.iom.hub.translit;

import java.text.Normalizer;

/**
 * Latin → Cyrillic for a stretch of plain text that holds no keep markers. See
 * {@link SerbianTransliterator#toCyrillic(String)} for the rules.
 */
final class LatinToCyrillic {

    private final KeepLatinDictionary dictionary;
    private final PrefixDigraphs digraphs;
    private final DjSpelling djSpelling = DjSpelling.standard();
    private final Transcriptions transcriptions;
    private final ForeignRuns foreign;

    LatinToCyrillic(KeepLatinDictionary dictionary, DigraphExceptions exceptions) {
        this(dictionary, exceptions, java.util.Set.of(), Transcriptions.empty());
    }

    LatinToCyrillic(KeepLatinDictionary dictionary, DigraphExceptions exceptions,
                    java.util.Set<String> cyrillicAcronyms, Transcriptions transcriptions) {
        this.dictionary = dictionary;
        this.digraphs = PrefixDigraphs.standard().withExceptions(exceptions);
        this.transcriptions = transcriptions;
        this.foreign = new ForeignRuns(dictionary, cyrillicAcronyms, transcriptions.latin());
    }

    /** The rules that find foreign words and names. */
    ForeignRuns foreign() {
        return foreign;
    }

    /** Appends the conversion of {@code text[start, end)} to {@code out}. */
    void convert(String text, int start, int end, StringBuilder out) {
        int[] kept = foreign.find(text, start, end);
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
            i = convertChunk(text, i, chunkEnd, start, end, kept, out);
        }
    }

    /** A chunk is a run of non-white-space characters; returns where to continue. */
    private int convertChunk(String text, int from, int to, int start, int end, int[] kept, StringBuilder out) {
        long found = ProtectedTokens.find(text, from, to);
        if (found < 0) {
            return convertWords(text, from, to, start, end, kept, out);
        }
        int protectedStart = (int) (found >>> 32);
        int protectedEnd = (int) found;
        int next = convertWords(text, from, protectedStart, start, end, kept, out);
        if (next > protectedStart) {
            return next;
        }
        out.append(text, protectedStart, protectedEnd);
        return convertWords(text, protectedEnd, to, start, end, kept, out);
    }

    /** The end of the kept stretch ({@link ForeignRuns#find}) that starts at {@code at}, or -1. */
    private static int keptEnd(int[] kept, int at) {
        if (kept == null) {
            return -1;
        }
        int low = 0;
        int high = kept.length / 2 - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int from = kept[2 * middle];
            if (from >= 0 && from < at) {
                low = middle + 1;
            } else if (from == at) {
                return kept[2 * middle + 1];
            } else {
                high = middle - 1;
            }
        }
        return -1;
    }

    /**
     * Converts the words of {@code [from, to)}; returns {@code to}, or more if a multi-word
     * dictionary entry went past it.
     */
    private int convertWords(String text, int from, int to, int start, int end, int[] kept, StringBuilder out) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!Letters.isWordChar(c)) {
                out.append(c);
                i++;
                continue;
            }
            if (i == start || !Letters.isWordCharOrDigit(text.charAt(i - 1))) {
                int transcribed = transcriptions.isEmpty() ? -1 : transcriptions.appendMatch(text, i, end, out);
                if (transcribed > 0) {
                    i = transcribed;
                    if (i > to) {
                        return i;
                    }
                    continue;
                }
                int keptEnd = keptEnd(kept, i);
                if (keptEnd > 0) {
                    appendRepaired(text, i, keptEnd, out);
                    i = keptEnd;
                    if (i > to) {
                        return i;
                    }
                    continue;
                }
                int matched = dictionary.matchEnd(text, i, end);
                if (matched > 0) {
                    out.append(text, i, matched);
                    i = matched;
                    if (i > to) {
                        return i;
                    }
                    continue;
                }
            }
            int compoundEnd = compoundEnd(text, i, to);
            if (isForeign(text, i, compoundEnd)
                    && !foreign.isCyrillicAcronym(text, i, ForeignRuns.coreEnd(text, i, compoundEnd))) {
                appendRepaired(text, i, compoundEnd, out);
                i = compoundEnd;
                continue;
            }
            int wordEnd = i + 1;
            while (wordEnd < to && Letters.isWordChar(text.charAt(wordEnd))) {
                wordEnd++;
            }
            convertWord(text, i, wordEnd, start, end, out);
            i = wordEnd;
        }
        return i;
    }

    /**
     * The end of the compound that starts at {@code from}: words joined by hyphens or apostrophes
     * ("whole-of-government", "Wi-Fi", "O'Brien"), digits included.
     */
    static int compoundEnd(String text, int from, int to) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Letters.isWordCharOrDigit(c)) {
                i++;
            } else if (isJoiner(c) && i + 1 < to && Letters.isWordCharOrDigit(text.charAt(i + 1))) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '\u2019' || c == '\u2010' || c == '\u2011';
    }

    /**
     * Whether the compound contains a Latin letter that is not in the Serbian alphabet (q, w, x, y,
     * é, ü, …), as written or after its look-alike letters are repaired.
     */
    static boolean isForeign(String text, int from, int to) {
        boolean cyrillic = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if ((c | 0x20) == 'q' || (c | 0x20) == 'w' || (c | 0x20) == 'x' || (c | 0x20) == 'y') {
                    return true;
                }
                // a capital after a small letter inside a word: a brand or name Serbian never spells so
                // (JavaScript, iPhone, GitHub, McDonald); "IOM-om" has its small letters after the capitals
                char before = i > from ? text.charAt(i - 1) : ' ';
                if (c >= 'A' && c <= 'Z' && Character.isLowerCase(before) && Letters.isLatinLetter(before)
                        && !(c == 'J' && (before == 'l' || before == 'n')) // "lJubav": a digraph, typed oddly
                        && !isServicePrefix(text, from, to, i)) {
                    return true;
                }
            } else if (Letters.isForeignLatinLetter(c)) {
                return true;
            } else if (Letters.isCyrillicLetter(c)) {
                cyrillic = true;
            } else if (i > from && Letters.isMark(c) && Letters.isLatinLetter(text.charAt(i - 1))) {
                String composed = Normalizer.normalize(text.subSequence(i - 1, i + 1), Normalizer.Form.NFC);
                if (composed.length() != 1 || !Letters.isSerbianLatinLetter(composed.charAt(0))) {
                    return true;
                }
            }
        }
        if (!cyrillic) {
            return false;
        }
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
            if (Homoglyphs.majorityIfMixed(text, i, wordEnd) == Homoglyphs.Script.LATIN) {
                String repaired = Homoglyphs.rewrite(text, i, wordEnd, Homoglyphs.Script.LATIN);
                for (int k = 0; k < repaired.length(); k++) {
                    if (Letters.isForeignLatinLetter(repaired.charAt(k))) {
                        return true;
                    }
                }
            }
            i = wordEnd;
        }
        return false;
    }

    /**
     * Whether the capital at {@code i} follows the "e" of a Serbian e-service's name ("eUprava", "eZdravlje",
     * "eTurista"): an "e" starting the word, then a Serbian word form ({@link ForeignSpelling#readsSerbian}) with no
     * foreign spelling. "eBay" stays a brand by its y.
     */
    private static boolean isServicePrefix(String text, int from, int to, int i) {
        if (i != from + 1 || text.charAt(from) != 'e') {
            return false;
        }
        int end = i + 1;
        while (end < to && Letters.isWordChar(text.charAt(end))) {
            end++;
        }
        for (int k = i + 1; k < end; k++) {
            if (!Character.isLowerCase(text.charAt(k)) || Letters.isForeignLatinLetter(text.charAt(k))) {
                return false;
            }
        }
        return end - i >= 3 && ForeignSpelling.readsSerbian(text, i, end)
                && !ForeignSpelling.cannotBeSerbian(text, i, end);
    }

    /** Copies a kept compound, repairing words that mix scripts. */
    private static void appendRepaired(String text, int from, int to, StringBuilder out) {
        int i = from;
        while (i < to) {
            if (!Letters.isWordChar(text.charAt(i))) {
                out.append(text.charAt(i));
                i++;
                continue;
            }
            int wordEnd = i + 1;
            while (wordEnd < to && Letters.isWordChar(text.charAt(wordEnd))) {
                wordEnd++;
            }
            Homoglyphs.Script script = Homoglyphs.majorityIfMixed(text, i, wordEnd);
            if (script == null) {
                out.append(text, i, wordEnd);
            } else {
                out.append(Homoglyphs.rewrite(text, i, wordEnd, script));
            }
            i = wordEnd;
        }
    }

    private void convertWord(String text, int from, int to, int start, int end, StringBuilder out) {
        Homoglyphs.Script script = Homoglyphs.majorityIfMixed(text, from, to);
        if (script == Homoglyphs.Script.CYRILLIC) {
            out.append(Homoglyphs.rewrite(text, from, to, script));
            return;
        }
        if (script == Homoglyphs.Script.LATIN) {
            String repaired = Homoglyphs.rewrite(text, from, to, script);
            appendCyrillic(repaired, 0, repaired.length(), out);
            return;
        }
        if (RomanNumerals.isKeptNumeral(text, from, to, start, end)) {
            out.append(text, from, to);
            return;
        }
        appendCyrillic(text, from, to, out);
    }

    /** Letter-by-letter conversion of one word, with digraphs and their exceptions. */
    private void appendCyrillic(String word, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            if (word.charAt(i) > 0x7F && Letters.isMark(word.charAt(i))) {
                String composed = Normalizer.normalize(word.substring(from, to), Normalizer.Form.NFC);
                appendComposed(composed, 0, composed.length(), out);
                return;
            }
        }
        appendComposed(word, from, to, out);
    }

    private void appendComposed(String word, int from, int to, StringBuilder out) {
        // the old spelling of đ ("gradjani"): only where the word list knows the word (see DjSpelling)
        long dj = DjSpelling.hasDj(word, from, to) ? Math.max(0, djSpelling.oldSpellingIndexes(word, from, to)) : 0;
        for (int i = from; i < to; i++) {
            char c = word.charAt(i);
            char next = i + 1 < to ? word.charAt(i + 1) : 0;
            if (dj != 0 && i - from < 64 && (dj & (1L << (i - from))) != 0) {
                out.append(c == 'D' ? 'Ђ' : 'ђ');
                i++;
                continue;
            }
            char digraph = 0;
            if (next == 'j' || next == 'J') {
                if (c == 'l' || c == 'L') {
                    digraph = c == 'l' ? 'љ' : 'Љ';
                } else if (c == 'n' || c == 'N') {
                    digraph = c == 'n' ? 'њ' : 'Њ';
                }
            } else if ((next == 'ž' || next == 'Ž') && (c == 'd' || c == 'D')) {
                digraph = c == 'd' ? 'џ' : 'Џ';
            }
            if (digraph != 0 && !digraphs.isSplit(word, from, to, i + 1)) {
                out.append(digraph);
                i++;
                continue;
            }
            char cyrillic = Letters.latinToCyrillic(c);
            out.append(cyrillic != 0 ? cyrillic : c);
        }
    }
}
