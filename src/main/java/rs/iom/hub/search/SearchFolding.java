package rs.iom.hub.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Folds text for search so that spelling variants meet: lower case, Serbian Cyrillic written in Latin, diacritics
 * removed (č, ć → c; š → s; ž → z; đ → dj), so that „ucesce“ finds „učešće“ and „migracija“ finds „миграција“.
 * Everything else that is not a letter or digit separates words. The search page's script
 * ({@code assets/js/search.js}) folds queries the same way.
 */
public final class SearchFolding {
    private static final Map<Character, String> SPECIAL = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('ђ', "dj"), Map.entry('е', "e"), Map.entry('ж', "z"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('ј', "j"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('љ', "lj"), Map.entry('м', "m"),
            Map.entry('н', "n"), Map.entry('њ', "nj"), Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"),
            Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('ћ', "c"), Map.entry('у', "u"), Map.entry('ф', "f"),
            Map.entry('х', "h"), Map.entry('ц', "c"), Map.entry('ч', "c"), Map.entry('џ', "dz"), Map.entry('ш', "s"),
            Map.entry('đ', "dj"), Map.entry('ǆ', "dz"), Map.entry('ǉ', "lj"), Map.entry('ǌ', "nj"));
    /** Other characters, folded once each: their decomposition without marks, or a word separator. */
    private static final Map<Character, String> OTHERS = new ConcurrentHashMap<>();
    /** The folded form of every character below U+0500 (Latin with diacritics, Cyrillic); "" separates words. */
    private static final String[] TABLE = new String[0x500];

    static {
        for (char c = 0; c < TABLE.length; c++) {
            String folded = slowFold(c);
            TABLE[c] = folded == null ? "" : folded;
        }
    }

    private SearchFolding() {
    }

    /** {@code text} folded: only a-z, 0-9 and single spaces remain. */
    public static String fold(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                sb.append(c);
                space = false;
                continue;
            }
            String folded = c < TABLE.length ? TABLE[c] : foldOther(c);
            if (folded.isEmpty()) {
                if (!space) {
                    sb.append(' ');
                    space = true;
                }
            } else {
                sb.append(folded);
                space = false;
            }
        }
        int end = sb.length();
        if (end > 0 && sb.charAt(end - 1) == ' ') {
            sb.setLength(end - 1);
        }
        return sb.toString();
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

    private static String foldOther(char c) {
        return OTHERS.computeIfAbsent(c, ch -> {
            String folded = slowFold(ch);
            return folded == null ? "" : folded;
        });
    }

    /** The folded form of one character, or {@code null} when it separates words. */
    private static String slowFold(char c) {
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
            return String.valueOf(c);
        }
        if (c >= 'A' && c <= 'Z') {
            return String.valueOf((char) (c + 32));
        }
        if (c < 0x80) {
            return null;
        }
        char lower = Character.toLowerCase(c);
        String special = SPECIAL.get(lower);
        if (special != null) {
            return special;
        }
        String plain = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.matches("[a-z0-9]+") ? plain : null;
    }
}
