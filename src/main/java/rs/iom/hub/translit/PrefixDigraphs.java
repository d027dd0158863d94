package rs.iom.hub.translit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether a Latin digraph (dž, lj, nj) is split into two Cyrillic letters, by rule as well as by the listed
 * stems of {@link DigraphExceptions}. Why a rule: the prefixes od-, nad-, pod-, pred-, ispod-, iznad- make new words
 * before any root in ž (podžanr, nadživeti, ispodžupanijski, podžeći…), and a list of stems always lags behind; the few
 * words in which the same letters are the single letter џ (odžak, nadžak) are far fewer, so they are the ones listed.
 *
 * <ul>
 *   <li>A listed stem splits its digraph (see {@code digraph-exceptions.txt}), also after one of the prefixes of
 *       {@link #STACKED}: "mikroinjekcija", "hiperkonjugacija", "neinjektibilan".</li>
 *   <li>d + ž: split when the word, after "ne" or "naj" if any, begins with a prefix of
 *       {@code prefix-digraphs.txt} whose d is that d ("odžaliti" → оджалити), unless the word begins with one of the
 *       words listed there ("odžak" → оџак), which also wins over a listed stem ("odžalan", Öcalan, over
 *       "od|žal"). "predodžba" is not pred + ž: its dž is one letter (предоџба).</li>
 *   <li>n + j and l + j: by the listed stems only. No rule can tell konj (коњ) from konjugacija (конјугација).</li>
 * </ul>
 *
 * <p>Limits: a compound whose prefix is not at the start of the word ("samopodžanr") and a new word with in-, kon-,
 * van- + j that is not listed come out with the single letter. Immutable and thread-safe.
 */
final class PrefixDigraphs {

    static final String RESOURCE = "prefix-digraphs.txt";

    /** Prefixes that may come before a listed stem. */
    static final String[] STACKED = {"ne", "naj", "mikro", "hiper", "re", "anti", "polu", "super"};

    private static final PrefixDigraphs STANDARD = load(DigraphExceptions.standard());

    private final DigraphExceptions exceptions;
    private final String[] prefixes;
    private final String[] joined;

    PrefixDigraphs(DigraphExceptions exceptions, List<String> prefixes, List<String> joined) {
        this.exceptions = Objects.requireNonNull(exceptions, "exceptions");
        this.prefixes = prefixes.toArray(new String[0]);
        this.joined = joined.toArray(new String[0]);
    }

    /** The shipped rules and lists. */
    static PrefixDigraphs standard() {
        return STANDARD;
    }

    /** These rules with the listed stems of {@code other} instead of the shipped ones. */
    PrefixDigraphs withExceptions(DigraphExceptions other) {
        return other == exceptions ? this : new PrefixDigraphs(other, List.of(prefixes), List.of(joined));
    }

    /**
     * Whether the digraph whose second letter is at {@code index} must be split, for the word {@code [start, end)}
     * of {@code word}.
     */
    boolean isSplit(String word, int start, int end, int index) {
        boolean dž = Character.toLowerCase(word.charAt(index)) == 'ž';
        if (dž && isListedSingleLetter(word, start, end, index)) {
            return false;
        }
        if (exceptions.isSplit(word, start, end, index)) {
            return true;
        }
        for (String stacked : STACKED) {
            int after = start + stacked.length();
            if (index > after && startsWith(word, start, end, stacked) && exceptions.isSplit(word, after, end, index)) {
                return true;
            }
        }
        return dž && isPrefixBoundary(word, start, end, index);
    }

    private boolean isPrefixBoundary(String word, int start, int end, int index) {
        int from = start;
        if (startsWith(word, start, end, "naj")) {
            from = start + 3;
        } else if (startsWith(word, start, end, "ne")) {
            from = start + 2;
        }
        if (isPrefixBoundaryAt(word, from, end, index)) {
            return true;
        }
        return from != start && isPrefixBoundaryAt(word, start, end, index);
    }

    private boolean isPrefixBoundaryAt(String word, int from, int end, int index) {
        for (String prefix : prefixes) {
            if (from + prefix.length() == index && startsWith(word, from, end, prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word begins with a listed word (after "ne" or "naj") whose dž is the one at {@code index}. */
    private boolean isListedSingleLetter(String word, int start, int end, int index) {
        for (String single : joined) {
            for (int skip = 0; skip <= 3; skip++) {
                int from = start + skip;
                if (skip != 1 && from < index && single.indexOf("dž") == index - 1 - from
                        && startsWith(word, from, end, single)
                        && (skip == 0 || startsWith(word, start, end, skip == 2 ? "ne" : "naj"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code [start, end)} of {@code word} begins with the lower-case {@code stem}, ignoring case. */
    static boolean startsWith(String word, int start, int end, String stem) {
        if (end - start < stem.length()) {
            return false;
        }
        for (int i = 0; i < stem.length(); i++) {
            char c = word.charAt(start + i);
            if (c != stem.charAt(i) && Character.toLowerCase(c) != stem.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static PrefixDigraphs load(DigraphExceptions exceptions) {
        try (InputStream in = PrefixDigraphs.class.getResourceAsStream(RESOURCE)) {
            Objects.requireNonNull(in, RESOURCE);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(exceptions, reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** Parses {@code prefix-digraphs.txt}; a malformed line is a packaging error and fails loudly. */
    static PrefixDigraphs parse(DigraphExceptions exceptions, List<String> lines) {
        List<String> prefixes = new ArrayList<>();
        List<String> joined = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            int hash = line.indexOf('#');
            String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (text.isEmpty()) {
                continue;
            }
            boolean prefix = text.startsWith("prefix:");
            String value = prefix ? text.substring("prefix:".length()).strip() : text;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (!Letters.isSerbianLatinLetter(c) || !Character.isLowerCase(c)) {
                    throw new IllegalStateException(RESOURCE + ":" + (n + 1) + ": unexpected character '" + c
                            + "' in \"" + text + "\"; use lower-case Serbian Latin letters");
                }
            }
            if (prefix && !value.endsWith("d") || !prefix && !value.contains("dž")) {
                throw new IllegalStateException(RESOURCE + ":" + (n + 1) + ": \"" + text + "\": a prefix ends in d, "
                        + "a listed word holds dž");
            }
            (prefix ? prefixes : joined).add(value);
        }
        return new PrefixDigraphs(exceptions, prefixes, joined);
    }
}
