package rs.iom.hub.translit;

import java.util.Objects;

/**
 * A word that mixes Latin and Cyrillic letters, as found by {@link MixedScriptFinder}.
 *
 * @param line        1-based line number (lines end at \n, \r\n or \r)
 * @param column      1-based column of the word's first letter, counted in Unicode code points
 *                    (a letter outside the BMP counts once)
 * @param offset      0-based index of the word's first letter in the text, in UTF-16 chars (for
 *                    {@link String#substring})
 * @param word        the word as written
 * @param corrected   the word in the script of the majority of its letters
 * @param description the letters of the minority script, e.g.
 *                    {@code "Cyrillic ј (U+0458) in a Latin word"}
 */
public record MixedScriptWord(int line, int column, int offset, String word, String corrected, String description) {

    public MixedScriptWord {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(corrected, "corrected");
        Objects.requireNonNull(description, "description");
        if (line < 1 || column < 1 || offset < 0) {
            throw new IllegalArgumentException("line and column must be 1 or more, offset 0 or more: "
                    + line + ":" + column + " @" + offset);
        }
    }

    /** {@code line:column: word → corrected (description)}. */
    @Override
    public String toString() {
        return line + ":" + column + ": " + word + " → " + corrected + " (" + description + ")";
    }
}
