package rs.iom.hub.translit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The words in which a Latin digraph (dž, lj, nj) stands for two Cyrillic letters, read from
 * {@code digraph-exceptions.txt} (the format is described in that file).
 */
final class DigraphExceptions {

    static final String RESOURCE = "digraph-exceptions.txt";

    /** A rule: a lower-case word beginning, and the indexes in it where a digraph is split. */
    record Rule(String stem, int[] splits, int line) {
    }

    private static final DigraphExceptions STANDARD = load();

    private final List<Rule> rules;
    private final Map<Character, Rule[]> byFirstLetter;

    DigraphExceptions(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        Map<Character, List<Rule>> grouped = new HashMap<>();
        for (Rule rule : rules) {
            grouped.computeIfAbsent(rule.stem().charAt(0), k -> new ArrayList<>()).add(rule);
        }
        Map<Character, Rule[]> index = new HashMap<>();
        grouped.forEach((first, list) -> index.put(first, list.toArray(new Rule[0])));
        this.byFirstLetter = index;
    }

    /** The rules shipped with the library. */
    static DigraphExceptions standard() {
        return STANDARD;
    }

    List<Rule> rules() {
        return rules;
    }

    /**
     * Whether the digraph whose second letter is at {@code index} must be split, for the word
     * {@code [start, end)} of {@code word}.
     */
    boolean isSplit(String word, int start, int end, int index) {
        Rule[] candidates = byFirstLetter.get(Character.toLowerCase(word.charAt(start)));
        if (candidates == null) {
            return false;
        }
        for (Rule rule : candidates) {
            if (startsWithIgnoreCase(word, start, end, rule.stem())) {
                for (int split : rule.splits()) {
                    if (start + split == index) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean startsWithIgnoreCase(String word, int start, int end, String stem) {
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

    private static DigraphExceptions load() {
        try (InputStream in = DigraphExceptions.class.getResourceAsStream(RESOURCE)) {
            Objects.requireNonNull(in, RESOURCE);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** Parses the rule lines; a malformed rule is a packaging error and fails loudly. */
    static DigraphExceptions parse(List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            int hash = line.indexOf('#');
            String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (text.isEmpty()) {
                continue;
            }
            rules.add(parseRule(text, n + 1));
        }
        return new DigraphExceptions(rules);
    }

    private static Rule parseRule(String text, int line) {
        StringBuilder stem = new StringBuilder();
        List<Integer> splits = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '|') {
                splits.add(stem.length());
            } else if (Letters.isSerbianLatinLetter(c) && Character.isLowerCase(c)) {
                stem.append(c);
            } else {
                throw new IllegalStateException(RESOURCE + ":" + line + ": unexpected character '" + c
                        + "' in rule \"" + text + "\"; use lower-case Serbian Latin letters and '|'");
            }
        }
        if (splits.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ":" + line + ": rule \"" + text + "\" has no '|'");
        }
        for (int split : splits) {
            String pair = split > 0 && split < stem.length() ? stem.substring(split - 1, split + 1) : "";
            if (!pair.equals("dž") && !pair.equals("lj") && !pair.equals("nj")) {
                throw new IllegalStateException(RESOURCE + ":" + line + ": \"|\" in rule \"" + text
                        + "\" must stand between the letters of dž, lj or nj");
            }
        }
        return new Rule(stem.toString(), splits.stream().mapToInt(Integer::intValue).toArray(), line);
    }
}
