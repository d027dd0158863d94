package rs.iom.hub.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Folds text for search so that spelling variants meet: lower case, Serbian Cyrillic written in Latin, diacritics
 * removed (č, ć → c; š → s; ž → z; đ → dj), so that „ucesce“ finds „učešće“ and „migracija“ finds „миграција“.
 * The search page's script ({@code assets/js/search.js}) folds queries the same way.
 */
public final class SearchFolding {
    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('ђ', "dj"), Map.entry('е', "e"), Map.entry('ж', "z"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('ј', "j"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('љ', "lj"), Map.entry('м', "m"),
            Map.entry('н', "n"), Map.entry('њ', "nj"), Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"),
            Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('ћ', "c"), Map.entry('у', "u"), Map.entry('ф', "f"),
            Map.entry('х', "h"), Map.entry('ц', "c"), Map.entry('ч', "c"), Map.entry('џ', "dz"), Map.entry('ш', "s"));

    private SearchFolding() {
    }

    /** {@code text} folded: only a-z, 0-9 and spaces remain. */
    public static String fold(String text) {
        Objects.requireNonNull(text, "text");
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String cyrillic = CYRILLIC.get(c);
            if (cyrillic != null) {
                sb.append(cyrillic);
            } else if (c == 'đ') {
                sb.append("dj");
            } else if (c == 'ǆ') {
                sb.append("dz");
            } else if (c == 'ǉ') {
                sb.append("lj");
            } else if (c == 'ǌ') {
                sb.append("nj");
            } else {
                sb.append(c);
            }
        }
        String ascii = Normalizer.normalize(sb, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** The folded words of {@code text} that are worth indexing (two characters or more). */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : fold(text).split(" ")) {
            if (word.length() >= 2) {
                words.add(word);
            }
        }
        return words;
    }
}
