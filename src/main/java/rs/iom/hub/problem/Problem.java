package rs.iom.hub.problem;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the site sources, located by file, line and column, with a hint that tells the author how to
 * fix it. Printed as {@code path:line:column: error|warning|info: message} followed by an indented hint line, the format
 * editors and CI logs understand.
 *
 * @param file     path of the file relative to the site folder, with forward slashes (e.g. {@code content/sr/a.md})
 * @param line     1-based line, or 0 when the problem concerns the whole file
 * @param column   1-based column (in characters), or 0 when unknown
 * @param severity error, warning or info
 * @param message  what is wrong, in plain words
 * @param hint     how to fix it, in plain words; may be empty
 */
public record Problem(String file, int line, int column, Severity severity, String message, String hint) {

    /** Report order: by file, then line, then column, then message. */
    public static final Comparator<Problem> REPORT_ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0 but was " + line);
        }
        if (column < 0) {
            throw new IllegalArgumentException("column must be >= 0 but was " + column);
        }
    }

    public static Problem error(String file, int line, int column, String message, String hint) {
        return new Problem(file, line, column, Severity.ERROR, message, hint);
    }

    public static Problem warning(String file, int line, int column, String message, String hint) {
        return new Problem(file, line, column, Severity.WARNING, message, hint);
    }

    /** A note for the author, never a problem that fails a check or build. */
    public static Problem info(String file, int line, int column, String message, String hint) {
        return new Problem(file, line, column, Severity.INFO, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public boolean isWarning() {
        return severity == Severity.WARNING;
    }

    public boolean isInfo() {
        return severity == Severity.INFO;
    }

    /** {@code path:line:column: severity: message} (line and column left out when unknown). */
    public String headline() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(severity.label()).append(": ").append(message).toString();
    }

    /** The headline, plus the hint on an indented second line when there is one. */
    public String format() {
        return hint.isEmpty() ? headline() : headline() + System.lineSeparator() + "    hint: " + hint;
    }

    @Override
    public String toString() {
        return headline();
    }
}
