package rs.iom.hub.translit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The old spelling of đ as "dj" ("gradjani", "Djordje", "medju", "DJOKOVIĆ"), still common in text pasted from old
 * documents and e-mails, told apart from a real d + j ("podjednako", "odjek", "predjelo"). Why a word list: both
 * readings are spelt alike, and only knowing the words decides; a rule ("dj after a prefix is d + j") would turn
 * "podjednako" right but "medju" wrong or the other way round.
 *
 * <p>The list is the resource {@value #RESOURCE}, generated from the Serbian Hunspell dictionary by
 * {@code tools/serbian-dj-list.py} (its header gives the source and the licence): word beginnings such as
 * {@code građ*} (every word whose "dj"-spelling begins "gradj" has đ there) and {@code podjed*} (a real d + j), whole
 * words, and the words whose two readings are both Serbian ({@code ?nadje}: nađe or nadje). For each "dj" of a word
 * the shortest entry reaching past it decides; a word that no entry covers keeps its "dj" (a name or a foreign word
 * the dictionary does not know), as does an ambiguous word. One-letter and two-letter words are left alone ("DJ").
 *
 * <p>Immutable and thread-safe; the list is read once.
 */
public final class DjSpelling {

    static final String RESOURCE = "dj-spelling.txt";

    /** What the list says about a word with "dj". */
    public enum Verdict {
        /** The word has no "dj", or the list does not know it: left as written. */
        UNKNOWN,
        /** Every "dj" the list knows is a real d + j. */
        REAL,
        /** At least one "dj" is the old spelling of đ, and none is in doubt. */
        OLD_SPELLING,
        /** Both readings are Serbian words ("nadje": nađe or nadje). */
        AMBIGUOUS
    }

    /**
     * The reading of one word.
     *
     * @param verdict   what the list says
     * @param corrected the word with đ for each "dj" that is the old spelling (for {@link Verdict#AMBIGUOUS}, the đ
     *                  reading); the word itself otherwise
     */
    public record Reading(Verdict verdict, String corrected) {
        public Reading {
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(corrected, "corrected");
        }
    }

    /** An entry: its length in the "dj" spelling and, as bits, the indexes of the "d" of each "dj" read as đ. */
    private record Entry(int length, long dj) {
    }

    private static final DjSpelling STANDARD = load();

    private final Map<String, Entry> beginnings;
    private final Map<String, Entry> words;
    private final Set<String> ambiguous;

    private DjSpelling(Map<String, Entry> beginnings, Map<String, Entry> words, Set<String> ambiguous) {
        this.beginnings = beginnings;
        this.words = words;
        this.ambiguous = ambiguous;
    }

    /** The list shipped with the tool. */
    public static DjSpelling standard() {
        return STANDARD;
    }

    /** Whether {@code [start, end)} of {@code text} has a "dj" in any case: the fast test before {@link #read}. */
    static boolean hasDj(String text, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            char c = text.charAt(i);
            if ((c == 'j' || c == 'J') && (text.charAt(i - 1) | 0x20) == 'd') {
                return true;
            }
        }
        return false;
    }

    /** What the list says about {@code word}, a whole word of letters. */
    public Reading read(String word) {
        Objects.requireNonNull(word, "word");
        long dj = oldSpellingIndexes(word, 0, word.length());
        if (dj == AMBIGUOUS) {
            long all = 0;
            for (int i = 1; i < word.length() && i < 64; i++) {
                if ((word.charAt(i) | 0x20) == 'j' && (word.charAt(i - 1) | 0x20) == 'd') {
                    all |= 1L << (i - 1);
                }
            }
            return new Reading(Verdict.AMBIGUOUS, withĐ(word, all));
        }
        if (dj == UNKNOWN) {
            return new Reading(Verdict.UNKNOWN, word);
        }
        return dj == 0 ? new Reading(Verdict.REAL, word) : new Reading(Verdict.OLD_SPELLING, withĐ(word, dj));
    }

    /** {@code word} with Đ or đ for each "dj" whose "d" is a set bit of {@code dj}. */
    static String withĐ(String word, long dj) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            if (i < 64 && (dj & (1L << i)) != 0) {
                out.append(Character.isUpperCase(word.charAt(i)) ? 'Đ' : 'đ');
                i++;
            } else {
                out.append(word.charAt(i));
            }
        }
        return out.toString();
    }

    /** {@link #oldSpellingIndexes}: the list does not know any "dj" of the word. */
    static final long UNKNOWN = -1;
    /** {@link #oldSpellingIndexes}: the word is ambiguous. */
    static final long AMBIGUOUS = -2;

    /**
     * For the word {@code [start, end)} of {@code text}: as bits (relative to {@code start}), the indexes of the "d"
     * of each "dj" to read as đ, 0 if every known "dj" is d + j; {@link #UNKNOWN} if the list knows none of them,
     * {@link #AMBIGUOUS} if both readings are words.
     */
    long oldSpellingIndexes(String text, int start, int end) {
        int length = end - start;
        if (length < 3 || length > 63) {
            return UNKNOWN;
        }
        char[] lower = new char[length];
        for (int i = 0; i < length; i++) {
            lower[i] = Character.toLowerCase(text.charAt(start + i));
        }
        String spelling = new String(lower);
        if (ambiguous.contains(spelling)) {
            return AMBIGUOUS;
        }
        long result = 0;
        boolean known = false;
        for (int i = spelling.indexOf("dj"); i >= 0; i = spelling.indexOf("dj", i + 2)) {
            Entry entry = decide(spelling, i);
            if (entry != null) {
                known = true;
                if ((entry.dj() & (1L << i)) != 0) {
                    result |= 1L << i;
                }
            }
        }
        return known ? result : UNKNOWN;
    }

    /** The shortest entry that covers the "dj" at {@code index} of {@code spelling}, or null. */
    private Entry decide(String spelling, int index) {
        for (int length = index + 2; length < spelling.length(); length++) {
            Entry entry = beginnings.get(spelling.substring(0, length));
            if (entry != null) {
                return entry;
            }
        }
        Entry word = words.get(spelling);
        return word != null ? word : beginnings.get(spelling);
    }

    private static DjSpelling load() {
        try (InputStream in = DjSpelling.class.getResourceAsStream(RESOURCE)) {
            Objects.requireNonNull(in, RESOURCE);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** Parses the list; a malformed line is a packaging error and fails loudly. */
    static DjSpelling parse(List<String> lines) {
        Map<String, Entry> beginnings = new HashMap<>();
        Map<String, Entry> words = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean isAmbiguous = line.startsWith("?");
            boolean isBeginning = line.endsWith("*");
            String entry = line.substring(isAmbiguous ? 1 : 0, line.length() - (isBeginning ? 1 : 0));
            StringBuilder spelling = new StringBuilder();
            long dj = 0;
            for (int i = 0; i < entry.length(); i++) {
                char c = entry.charAt(i);
                if (!Letters.isSerbianLatinLetter(c) || !Character.isLowerCase(c) || c > 0x17F) {
                    throw new IllegalStateException(RESOURCE + ":" + (n + 1) + ": unexpected character '" + c
                            + "' in \"" + line + "\"; use lower-case Serbian Latin letters, '*' and '?'");
                }
                if (c == 'đ') {
                    dj |= 1L << spelling.length();
                    spelling.append("dj");
                } else {
                    spelling.append(c);
                }
            }
            if (spelling.length() > 63 || spelling.indexOf("dj") < 0 || isAmbiguous && (isBeginning || dj != 0)) {
                throw new IllegalStateException(RESOURCE + ":" + (n + 1) + ": \"" + line + "\" must hold \"dj\" or"
                        + " \"đ\", be shorter than 64 letters, and an ambiguous word is written with \"dj\"");
            }
            Entry value = new Entry(spelling.length(), dj);
            if (isAmbiguous) {
                ambiguous.add(spelling.toString());
            } else {
                (isBeginning ? beginnings : words).put(spelling.toString(), value);
            }
        }
        return new DjSpelling(Map.copyOf(beginnings), Map.copyOf(words), Set.copyOf(ambiguous));
    }
}
