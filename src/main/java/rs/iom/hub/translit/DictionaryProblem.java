package rs.iom.hub.translit;

import java.util.Objects;

/**
 * A line of a {@link KeepLatinDictionary} source that was not accepted, with the reason.
 *
 * @param sourceName the name given to the source, usually its path
 * @param line       the 1-based line number
 * @param message    what is wrong with the line
 */
public record DictionaryProblem(String sourceName, int line, String message) {

    public DictionaryProblem {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(message, "message");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more: " + line);
        }
    }

    /** {@code source:line: message}, the usual compiler-style form. */
    @Override
    public String toString() {
        return sourceName + ":" + line + ": " + message;
    }
}
