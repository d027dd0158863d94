package rs.iom.hub.translit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Acronyms that Serbian writes in Cyrillic letters in Cyrillic text ("NATO" → "НАТО", "HIV" → "ХИВ", "EU" → "ЕУ"),
 * listed so that they are never kept in Latin as part of a foreign name, and so that {@code hub check} does not ask
 * about them. An acronym in capitals that is on neither this list nor the keep-Latin lists is converted as a Serbian
 * acronym ("KIRS" → "КИРС") unless it stands inside a foreign name ("Swiss SDC").
 *
 * <p>File format: UTF-8, one acronym per line, in Latin capitals as written in the Latin text; {@code #} starts a
 * comment line. A line with small letters, Cyrillic letters, blanks or characters other than letters and digits, or
 * repeating an earlier line, is reported as a {@link DictionaryProblem} and skipped. Immutable.
 */
public final class CyrillicAcronyms {

    private static final CyrillicAcronyms EMPTY = new CyrillicAcronyms(Set.of(), List.of());

    private final Set<String> acronyms;
    private final List<DictionaryProblem> problems;

    private CyrillicAcronyms(Set<String> acronyms, List<DictionaryProblem> problems) {
        this.acronyms = Set.copyOf(acronyms);
        this.problems = List.copyOf(problems);
    }

    public static CyrillicAcronyms empty() {
        return EMPTY;
    }

    /** Parses the list (format above); bad lines are reported in {@link #problems()}. */
    public static CyrillicAcronyms parse(String text, String sourceName) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceName, "sourceName");
        Map<String, Integer> seen = new HashMap<>();
        List<DictionaryProblem> problems = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = (n == 0 && lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[n]).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String problem = check(line);
            if (problem != null) {
                problems.add(new DictionaryProblem(sourceName, n + 1, problem));
                continue;
            }
            Integer earlier = seen.putIfAbsent(line, n + 1);
            if (earlier != null) {
                problems.add(new DictionaryProblem(sourceName, n + 1,
                        "\"" + line + "\" repeats the acronym on line " + earlier));
            }
        }
        return new CyrillicAcronyms(seen.keySet(), problems);
    }

    private static String check(String line) {
        if (Letters.containsCyrillicLetter(line, 0, line.length())) {
            return "\"" + line + "\" has Cyrillic letters: list the acronym as the Latin text writes it (NATO, not "
                    + "НАТО)";
        }
        boolean letter = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c) && !Letters.isUpperCase(c) && (i == 0 || i == line.length() - 1)) {
                return "\"" + line + "\" is not written in capitals: an acronym begins and ends with a capital "
                        + "(NATO, BiH), one per line";
            }
            if (!Letters.isWordCharOrDigit(c)) {
                return "\"" + line + "\" is not one acronym: letters and digits only, one acronym per line";
            }
            letter |= Character.isLetter(c);
        }
        return letter && line.length() >= 2 ? null : "\"" + line + "\" is not an acronym: two capitals or more";
    }

    /** The acronyms, as written in Latin capitals. */
    public Set<String> acronyms() {
        return acronyms;
    }

    public boolean contains(String acronym) {
        return acronyms.contains(acronym);
    }

    /** Lines that were not accepted, in line order. */
    public List<DictionaryProblem> problems() {
        return problems;
    }
}
