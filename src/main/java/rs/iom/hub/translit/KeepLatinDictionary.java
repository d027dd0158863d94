package rs.iom.hub.translit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Words and phrases of the site that are never transliterated to Cyrillic: names of people and
 * organisations written in Latin ("Richard Kohli"), foreign acronyms ("IOM", "UNHCR"), brand names.
 * Serbian acronyms are not listed and are transliterated like other words ("MUP" → "МУП").
 *
 * <h2>File format</h2>
 * UTF-8 text, one entry per line:
 * <pre>
 * # A line whose first non-blank character is "#" is a comment; blank lines are ignored.
 * IOM
 * UNHCR
 * Richard Kohli
 * ~Facebook
 * </pre>
 * <ul>
 *   <li>Leading and trailing blanks are ignored. An entry is matched as whole words: "IOM" keeps
 *       "IOM" and the "IOM" of "IOM-a" (the ending after the hyphen is transliterated: "IOM-а"),
 *       but not "IOMA".</li>
 *   <li>Entries are case-sensitive: "IOM" does not keep "Iom". An entry starting with {@code ~}
 *       ignores case: "~Facebook" keeps "facebook" and "FACEBOOK" too.</li>
 *   <li>Blanks inside an entry match any run of white space, so "Richard Kohli" also matches a
 *       name broken over two lines.</li>
 *   <li>An entry must begin with a letter or digit and must not contain Cyrillic letters or the
 *       keep markers {@code -{ }-}. A line breaking these rules, or repeating an earlier entry, is
 *       reported in {@link #problems()} (with its line number) and skipped; the other lines are
 *       still used.</li>
 * </ul>
 *
 * <p>Instances are immutable and thread-safe; look-ups do not allocate per entry.
 */
public final class KeepLatinDictionary {

    private static final KeepLatinDictionary EMPTY =
            new KeepLatinDictionary("(empty)", List.of(), List.of());

    /** One accepted entry. */
    record Entry(String text, boolean ignoreCase, int line) {
    }

    private final String sourceName;
    private final List<Entry> entries;
    private final List<DictionaryProblem> problems;
    /** Case-sensitive entries by their first word; longest entries first. */
    private final Map<String, Entry[]> exact;
    /** Case-insensitive entries by the lower-case first word; longest entries first. */
    private final Map<String, Entry[]> folded;
    private final int maxFirstWord;
    /** The characters an entry can begin with (both cases for case-insensitive entries). */
    private final BitSet firstChars = new BitSet(0x10000);

    private KeepLatinDictionary(String sourceName, List<Entry> entries, List<DictionaryProblem> problems) {
        this.sourceName = sourceName;
        this.entries = List.copyOf(entries);
        this.problems = List.copyOf(problems);
        Map<String, List<Entry>> exactLists = new HashMap<>();
        Map<String, List<Entry>> foldedLists = new HashMap<>();
        int max = 0;
        for (Entry entry : entries) {
            String first = firstWord(entry.text());
            max = Math.max(max, first.length());
            firstChars.set(first.charAt(0));
            if (entry.ignoreCase()) {
                firstChars.set(Character.toLowerCase(first.charAt(0)));
                firstChars.set(Character.toUpperCase(first.charAt(0)));
                firstChars.set(Character.toTitleCase(first.charAt(0)));
            }
            if (entry.ignoreCase()) {
                foldedLists.computeIfAbsent(first.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(entry);
            } else {
                exactLists.computeIfAbsent(first, k -> new ArrayList<>()).add(entry);
            }
        }
        this.exact = index(exactLists);
        this.folded = index(foldedLists);
        this.maxFirstWord = max;
    }

    private static Map<String, Entry[]> index(Map<String, List<Entry>> lists) {
        Map<String, Entry[]> index = new HashMap<>();
        lists.forEach((key, list) -> {
            list.sort(Comparator.comparingInt((Entry e) -> e.text().length()).reversed());
            index.put(key, list.toArray(new Entry[0]));
        });
        return index;
    }

    /** A dictionary with no entries: every Latin word is transliterated. */
    public static KeepLatinDictionary empty() {
        return EMPTY;
    }

    /**
     * Reads a dictionary file (UTF-8, format above). Problems in single lines do not fail the
     * load; see {@link #problems()}.
     *
     * @throws IOException if the file cannot be read or is not valid UTF-8
     */
    public static KeepLatinDictionary load(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return parse(text, file.toString());
    }

    /**
     * Parses dictionary text (format above).
     *
     * @param text       the content of the dictionary
     * @param sourceName a name for the source, used in {@link DictionaryProblem}s (e.g. the path)
     */
    public static KeepLatinDictionary parse(String text, String sourceName) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceName, "sourceName");
        List<Entry> entries = new ArrayList<>();
        List<DictionaryProblem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int n = 0; n < lines.length; n++) {
            int lineNumber = n + 1;
            String line = n == 0 && lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[n];
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean ignoreCase = line.startsWith("~");
            String entry = (ignoreCase ? line.substring(1).strip() : line).replaceAll("\\s+", " ");
            String problem = check(entry);
            if (problem != null) {
                problems.add(new DictionaryProblem(sourceName, lineNumber, problem));
                continue;
            }
            String key = ignoreCase ? "~" + entry.toLowerCase(Locale.ROOT) : entry;
            Integer earlier = seen.putIfAbsent(key, lineNumber);
            if (earlier != null) {
                problems.add(new DictionaryProblem(sourceName, lineNumber,
                        "\"" + entry + "\" repeats the entry on line " + earlier));
                continue;
            }
            entries.add(new Entry(entry, ignoreCase, lineNumber));
        }
        return new KeepLatinDictionary(sourceName, entries, problems);
    }

    private static String check(String entry) {
        if (entry.isEmpty()) {
            return "empty entry";
        }
        if (entry.contains("-{") || entry.contains("}-")) {
            return "\"" + entry + "\" contains a keep marker -{ }-; list the words without markers";
        }
        if (!Letters.isWordCharOrDigit(entry.charAt(0))) {
            return "\"" + entry + "\" must begin with a letter or digit";
        }
        StringBuilder cyrillic = new StringBuilder();
        for (int i = 0; i < entry.length(); i++) {
            char c = entry.charAt(i);
            if (Letters.isCyrillicLetter(c) && cyrillic.indexOf(String.valueOf(c)) < 0) {
                cyrillic.append(c);
            }
        }
        if (cyrillic.length() > 0) {
            return "\"" + entry + "\" contains Cyrillic letters (" + cyrillic
                    + "); entries are the Latin words to keep";
        }
        return null;
    }

    private static String firstWord(String entry) {
        int end = 0;
        while (end < entry.length() && Letters.isWordCharOrDigit(entry.charAt(end))) {
            end++;
        }
        return entry.substring(0, end);
    }

    /**
     * This dictionary and the entries of {@code more} (the site's own list and a shipped list): an entry of
     * {@code more} already here is not added again; the problems of both are kept.
     */
    public KeepLatinDictionary with(KeepLatinDictionary more) {
        Objects.requireNonNull(more, "more");
        if (more.isEmpty() && more.problems.isEmpty()) {
            return this;
        }
        if (isEmpty() && problems.isEmpty()) {
            return more;
        }
        List<Entry> all = new ArrayList<>(entries);
        java.util.Set<String> seen = new java.util.HashSet<>();
        entries.forEach(e -> seen.add(e.ignoreCase() ? "~" + e.text().toLowerCase(Locale.ROOT) : e.text()));
        for (Entry entry : more.entries) {
            if (seen.add(entry.ignoreCase() ? "~" + entry.text().toLowerCase(Locale.ROOT) : entry.text())) {
                all.add(entry);
            }
        }
        List<DictionaryProblem> allProblems = new ArrayList<>(problems);
        allProblems.addAll(more.problems);
        return new KeepLatinDictionary(sourceName + " + " + more.sourceName, all, allProblems);
    }

    /** The name given to the source (a path, or "(empty)"). */
    public String sourceName() {
        return sourceName;
    }

    /** The accepted entries as written (without the {@code ~} prefix), in file order. */
    public List<String> entries() {
        return entries.stream().map(Entry::text).toList();
    }

    /** The number of accepted entries. */
    public int size() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Lines that were not accepted, in line order; empty if the whole source was fine. */
    public List<DictionaryProblem> problems() {
        return problems;
    }

    /**
     * If an entry matches {@code text} at {@code start} (the first letter of a word, not preceded
     * by a letter or digit), the index just past the match; otherwise -1. The match does not
     * extend past {@code limit}.
     */
    int matchEnd(String text, int start, int limit) {
        if (entries.isEmpty() || !firstChars.get(text.charAt(start))) {
            return -1;
        }
        int wordEnd = start;
        while (wordEnd < limit && Letters.isWordCharOrDigit(text.charAt(wordEnd))) {
            wordEnd++;
        }
        if (wordEnd - start > maxFirstWord) {
            return -1;
        }
        String word = text.subSequence(start, wordEnd).toString();
        int end = matchAny(exact.get(word), text, start, limit);
        if (end < 0 && !folded.isEmpty()) {
            end = matchAny(folded.get(word.toLowerCase(Locale.ROOT)), text, start, limit);
        }
        return end;
    }

    private static int matchAny(Entry[] candidates, String text, int start, int limit) {
        if (candidates == null) {
            return -1;
        }
        for (Entry entry : candidates) {
            int end = match(entry, text, start, limit);
            if (end >= 0) {
                return end;
            }
        }
        return -1;
    }

    private static int match(Entry entry, String text, int start, int limit) {
        String e = entry.text();
        int t = start;
        for (int i = 0; i < e.length(); i++) {
            char ec = e.charAt(i);
            if (ec == ' ') {
                int spaceStart = t;
                while (t < limit && isSpace(text.charAt(t))) {
                    t++;
                }
                if (t == spaceStart) {
                    return -1;
                }
                continue;
            }
            if (t >= limit) {
                return -1;
            }
            char tc = text.charAt(t);
            if (tc != ec && !(entry.ignoreCase() && Character.toLowerCase(tc) == Character.toLowerCase(ec))) {
                return -1;
            }
            t++;
        }
        if (Letters.isWordCharOrDigit(e.charAt(e.length() - 1)) && t < limit
                && Letters.isWordCharOrDigit(text.charAt(t))) {
            return -1;
        }
        return t;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    @Override
    public String toString() {
        return "KeepLatinDictionary[" + sourceName + ", " + entries.size() + " entries, "
                + problems.size() + " problems]";
    }
}
