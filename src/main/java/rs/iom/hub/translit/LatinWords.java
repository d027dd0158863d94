package rs.iom.hub.translit;

import java.util.List;
import java.util.Objects;

/**
 * What the Cyrillic edition does with the foreign-looking words of a Latin text, for {@code hub check} to show
 * authors: the words and names that stay in Latin letters, and the words the rules are unsure about.
 *
 * @param kept   the words and names kept in Latin letters, in order of first appearance, each once (a name of
 *               several words as one item: "Swiss Agency for Development and Cooperation"); Roman numerals, web and
 *               e-mail addresses, file names and text marked with {@code -{…}-} are not listed
 * @param unsure the words that may be wrong either way, each with what was done ("Council (Cyrillic)"), in order
 */
public record LatinWords(List<String> kept, List<String> unsure) {

    /** Nothing kept, nothing unsure. */
    public static final LatinWords NONE = new LatinWords(List.of(), List.of());

    public LatinWords {
        kept = List.copyOf(Objects.requireNonNull(kept, "kept"));
        unsure = List.copyOf(Objects.requireNonNull(unsure, "unsure"));
    }

    public boolean isEmpty() {
        return kept.isEmpty() && unsure.isEmpty();
    }
}
