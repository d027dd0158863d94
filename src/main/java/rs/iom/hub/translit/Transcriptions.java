package rs.iom.hub.translit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The site's transcriptions: foreign names the Cyrillic edition writes in Cyrillic as they are pronounced, as staff
 * prefer them ("Facebook → Фејсбук"), instead of keeping them in Latin letters.
 *
 * <h2>File format</h2>
 * UTF-8 text, one transcription per line, the Latin spelling, an arrow ({@code →} or {@code ->}) and the Cyrillic
 * one:
 * <pre>
 * # comment
 * Facebook → Фејсбук
 * Jean Monnet -> Жан Моне
 * </pre>
 * The Latin side is matched as whole words and case-sensitively, like a keep-Latin entry; a blank in it matches any
 * white space. A Serbian case ending after a hyphen is joined to the transcription, as Serbian writes it:
 * "Facebook-u" → "Фејсбуку". A line without an arrow, with Cyrillic letters on the left, Latin letters on the
 * right, an empty side, or a Latin side given before is reported as a {@link DictionaryProblem} with its line, and
 * skipped.
 *
 * <p>Immutable and thread-safe.
 */
public final class Transcriptions {

    private static final Transcriptions EMPTY = new Transcriptions(Map.of(), KeepLatinDictionary.empty(), List.of());

    private final Map<String, String> cyrillic;
    private final KeepLatinDictionary latin;
    private final List<DictionaryProblem> problems;

    private Transcriptions(Map<String, String> cyrillic, KeepLatinDictionary latin, List<DictionaryProblem> problems) {
        this.cyrillic = Map.copyOf(cyrillic);
        this.latin = latin;
        this.problems = List.copyOf(problems);
    }

    /** No transcriptions. */
    public static Transcriptions empty() {
        return EMPTY;
    }

    /**
     * Parses transcriptions (format above); bad lines are reported in {@link #problems()}.
     *
     * @param text       the content of the file
     * @param sourceName the name of the file, for the problems
     */
    public static Transcriptions parse(String text, String sourceName) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceName, "sourceName");
        Map<String, String> cyrillic = new HashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        StringBuilder latinLines = new StringBuilder();
        List<DictionaryProblem> problems = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = (n == 0 && lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[n]).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int arrow = line.indexOf('→');
            int arrowLength = 1;
            if (arrow < 0) {
                arrow = line.indexOf("->");
                arrowLength = 2;
            }
            if (arrow < 0) {
                problems.add(new DictionaryProblem(sourceName, n + 1, "\"" + line + "\" has no arrow: write the "
                        + "Latin spelling, an arrow and the Cyrillic one, e.g. Facebook → Фејсбук"));
                continue;
            }
            String left = line.substring(0, arrow).strip().replaceAll("\\s+", " ");
            String right = line.substring(arrow + arrowLength).strip().replaceAll("\\s+", " ");
            String problem = check(left, right);
            if (problem != null) {
                problems.add(new DictionaryProblem(sourceName, n + 1, problem));
                continue;
            }
            Integer earlier = lineOf.putIfAbsent(left, n + 1);
            if (earlier != null) {
                problems.add(new DictionaryProblem(sourceName, n + 1,
                        "\"" + left + "\" is transcribed on line " + earlier + " already; keep one of the lines"));
                continue;
            }
            cyrillic.put(left, right);
            latinLines.append(left).append('\n');
        }
        return new Transcriptions(cyrillic, KeepLatinDictionary.parse(latinLines.toString(), sourceName), problems);
    }

    private static String check(String left, String right) {
        if (left.isEmpty() || right.isEmpty()) {
            return "a transcription needs both sides: the Latin spelling, an arrow and the Cyrillic one, "
                    + "e.g. Facebook → Фејсбук";
        }
        if (!Letters.isWordCharOrDigit(left.charAt(0)) || left.startsWith("~")) {
            return "\"" + left + "\" must begin with a letter or digit";
        }
        if (Letters.containsCyrillicLetter(left, 0, left.length())) {
            return "\"" + left + "\" (left of the arrow) has Cyrillic letters: the Latin spelling goes on the left, "
                    + "the Cyrillic on the right";
        }
        if (Letters.containsLatinLetter(right, 0, right.length())) {
            return "\"" + right + "\" (right of the arrow) has Latin letters: write the transcription in Cyrillic, "
                    + "e.g. Facebook → Фејсбук";
        }
        return null;
    }

    /** The Latin spellings, as a dictionary to match them with. */
    KeepLatinDictionary latin() {
        return latin;
    }

    public boolean isEmpty() {
        return cyrillic.isEmpty();
    }

    /** The number of transcriptions. */
    public int size() {
        return cyrillic.size();
    }

    /** The Cyrillic for the Latin spelling {@code latin} as written in the file, or {@code null}. */
    public String cyrillic(String latin) {
        return cyrillic.get(Objects.requireNonNull(latin, "latin"));
    }

    /** Lines that were not accepted, in line order. */
    public List<DictionaryProblem> problems() {
        return problems;
    }

    /**
     * If a transcription matches {@code text} at {@code start} (the start of a word), appends its Cyrillic, and the
     * Serbian case ending after a hyphen joined to it, and returns the index after them; otherwise -1.
     */
    int appendMatch(String text, int start, int limit, StringBuilder out) {
        int end = latin.matchEnd(text, start, limit);
        if (end < 0) {
            return -1;
        }
        String key = text.subSequence(start, end).toString();
        String written = cyrillic.get(key);
        if (written == null) { // a name of several words broken over lines: the file has one space between them
            StringBuilder single = new StringBuilder(key.length());
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    if (single.length() > 0 && single.charAt(single.length() - 1) != ' ') {
                        single.append(' ');
                    }
                } else {
                    single.append(c);
                }
            }
            written = cyrillic.get(single.toString());
        }
        if (written == null) {
            return -1;
        }
        out.append(written);
        int ending = ForeignRuns.endingEnd(text, end, limit);
        if (ending < 0) {
            return end;
        }
        for (int i = end + 1; i < ending; i++) {
            out.append(Letters.latinToCyrillic(text.charAt(i)));
        }
        return ending;
    }

    @Override
    public String toString() {
        return "Transcriptions[" + cyrillic.size() + " entries, " + problems.size() + " problems]";
    }
}
