package rs.iom.hub.translit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Finds the {@link LatinWords} of a text: converts it and reads off the words still in Latin letters (so the list is
 * exactly what the edition shows), then looks for the words the rules may have got wrong:
 * <ul>
 *   <li>a name kept in Latin whose first word has no foreign spelling of its own and is on no list: it may be a
 *       Serbian word that happens to stand before the name ("Direktor John Smith");</li>
 *   <li>a capitalised word inside a sentence, converted to Cyrillic, with a weak sign of a foreign word
 *       ({@link ForeignSpelling#looksForeign}: "Council");</li>
 *   <li>an acronym converted to Cyrillic that is on no list ("KIRS").</li>
 * </ul>
 */
final class LatinWordsFinder {

    private final SerbianTransliterator transliterator;
    private final KeepLatinDictionary dictionary;
    private final ForeignRuns foreign;

    LatinWordsFinder(SerbianTransliterator transliterator, KeepLatinDictionary dictionary, ForeignRuns foreign) {
        this.transliterator = transliterator;
        this.dictionary = dictionary;
        this.foreign = foreign;
    }

    LatinWords find(String text) {
        String plain = withoutMarkedText(text);
        if (!Letters.containsLatinLetter(plain, 0, plain.length())) {
            return LatinWords.NONE;
        }
        String cyrillic = transliterator.toCyrillic(plain);
        Set<String> kept = new LinkedHashSet<>();
        Set<String> unsure = new LinkedHashSet<>();
        Set<String> keptWords = new java.util.HashSet<>();
        StringBuilder name = new StringBuilder();
        int nameEnd = -1;
        boolean firstPlain = false;
        for (int[] word : words(cyrillic)) {
            int from = word[0];
            int to = latinEnd(cyrillic, from, word[1]);
            if (to - from < 2 || !Letters.containsLatinLetter(cyrillic, from, to)
                    || RomanNumerals.isNumeral(cyrillic, from, to)) {
                continue;
            }
            String text1 = cyrillic.substring(from, to);
            keptWords.add(text1);
            if (nameEnd >= 0 && cyrillic.substring(nameEnd, from).isBlank()) {
                name.append(' ').append(text1);
            } else {
                flush(name, firstPlain, kept, unsure);
                name.append(text1);
                firstPlain = !ownReason(cyrillic, from, to);
            }
            nameEnd = word[1];
        }
        flush(name, firstPlain, kept, unsure);
        for (int[] word : words(plain)) {
            int from = word[0];
            int to = ForeignRuns.coreEnd(plain, from, word[1]);
            String text1 = plain.substring(from, to);
            if (keptWords.contains(text1) || to - from < 2 || foreign.isTranscribed(plain, from)) {
                continue;
            }
            int kind = foreign.classify(plain, from, to);
            if (kind == ForeignRuns.ACRONYM && !RomanNumerals.isNumeral(plain, from, to)) {
                unsure.add(text1 + " (Cyrillic, as a Serbian acronym)");
            } else if ((kind == ForeignRuns.CAPITAL || kind == ForeignRuns.CAPITAL_SERBIAN)
                    && ForeignSpelling.looksForeign(plain, from, to) && !ForeignRuns.sentenceStart(plain, 0, from)) {
                unsure.add(text1 + " (Cyrillic)");
            }
        }
        return new LatinWords(new ArrayList<>(kept), new ArrayList<>(unsure));
    }

    private static void flush(StringBuilder name, boolean firstPlain, Set<String> kept, Set<String> unsure) {
        if (name.length() == 0) {
            return;
        }
        String text = name.toString();
        kept.add(text);
        int space = text.indexOf(' ');
        if (firstPlain && space > 0) {
            unsure.add(text.substring(0, space) + " (Latin, with the name \"" + text.substring(space + 1) + "\")");
        }
        name.setLength(0);
    }

    /** Whether the word is kept for a reason of its own: a list, its spelling, or being a name joiner. */
    private boolean ownReason(String text, int from, int to) {
        int kind = foreign.classify(text, from, to);
        return kind == ForeignRuns.FOREIGN || kind == ForeignRuns.JOINER || kind == ForeignRuns.KEPT
                || kind == ForeignRuns.KEPT_NAME
                || kind == ForeignRuns.ACRONYM || dictionary.matchEnd(text, from, text.length()) > 0;
    }

    /** The end of the Latin part of the compound: before a converted case ending ("IOM-ом" → "IOM"). */
    private static int latinEnd(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Letters.isCyrillicLetter(text.charAt(i))) {
                int end = i;
                while (end > from && !Letters.isWordCharOrDigit(text.charAt(end - 1))) {
                    end--;
                }
                return end;
            }
        }
        return to;
    }

    /** The words (compounds) of {@code text} outside web addresses, e-mail addresses and file names. */
    private static java.util.List<int[]> words(String text) {
        java.util.List<int[]> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int chunkEnd = i + 1;
            while (chunkEnd < n && !Character.isWhitespace(text.charAt(chunkEnd))) {
                chunkEnd++;
            }
            long found = ProtectedTokens.find(text, i, chunkEnd);
            int protectedStart = found < 0 ? chunkEnd : (int) (found >>> 32);
            int protectedEnd = found < 0 ? chunkEnd : (int) found;
            addWords(text, i, protectedStart, words);
            addWords(text, protectedEnd, chunkEnd, words);
            i = chunkEnd;
        }
        return words;
    }

    private static void addWords(String text, int from, int to, java.util.List<int[]> words) {
        int i = from;
        while (i < to) {
            if (!Letters.isWordChar(text.charAt(i)) || i > 0 && Letters.isWordCharOrDigit(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int end = LatinToCyrillic.compoundEnd(text, i, to);
            words.add(new int[] {i, end});
            i = end;
        }
    }

    /** The text with the stretches marked {@code -{…}-} blanked out: the author has decided about them. */
    private static String withoutMarkedText(String text) {
        int open = text.indexOf(SerbianTransliterator.OPEN);
        if (open < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        while (open >= 0) {
            int close = text.indexOf(SerbianTransliterator.CLOSE, open + 2);
            if (close < 0) {
                break;
            }
            for (int i = open; i < close + 2; i++) {
                out.setCharAt(i, ' ');
            }
            open = text.indexOf(SerbianTransliterator.OPEN, close + 2);
        }
        return out.toString();
    }
}
