package rs.iom.hub.content;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import rs.iom.hub.problem.Problem;
import rs.iom.hub.text.TextLines;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YAML's own error messages ("mapping values are not allowed here", "expected &lt;block end&gt;") explained for the
 * people who write the front matter: what went wrong in their words, where, and the line to write instead — and the
 * mistakes YAML does not report at all, such as a title cut short by {@code #}.
 */
final class YamlProblems {
    /** A {@code key: value} line whose value starts with a quote or a bracket (group 1: key, group 2: value). */
    private static final Pattern FIELD_LINE = Pattern.compile("\\s*([A-Za-z][\\w-]*):[ \\t]+([\"'\\[{].*)");

    private YamlProblems() {
    }

    static Problem of(String file, int firstLine, String yaml, MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        int line = mark == null ? firstLine : firstLine + mark.getLine();
        int column = mark == null ? 1 : mark.getColumn() + 1;
        String problem = e.getProblem() == null ? "" : e.getProblem();
        if (mark != null && isTabAt(yaml, mark)) {
            return Problem.error(file, line, column, "the front matter contains a tab character",
                    "YAML does not allow tabs: replace the tab with spaces (or write the field on one line)");
        }
        if (problem.contains("mapping values are not allowed")) {
            return Problem.error(file, line, column, "a value contains ': ' which YAML reads as a new field",
                    "put the whole value in double quotes, e.g. title: \"Sastanak: zaključci\"");
        }
        if (problem.startsWith("expected ',' or ']'") || problem.startsWith("expected ',' or '}'")) {
            boolean list = problem.startsWith("expected ',' or ']'");
            Mark start = e.getContextMark() != null ? e.getContextMark() : mark;
            return Problem.error(file, firstLine + start.getLine(), start.getColumn() + 1,
                    list ? "the list that starts here with '[' is not closed with ']'"
                            : "the value that starts here with '{' is not closed with '}'",
                    list ? "end the list on the same line with ']', e.g. tags: [migracije, partnerstvo]; if the "
                            + "brackets are part of a text, put the whole text in quotes"
                            : "put the whole value in quotes, e.g. title: \"{Najava} Sastanak\"");
        }
        if (problem.startsWith("expected <block end>") && mark != null) {
            Optional<Problem> unquoted = textAfterQuotedValue(file, firstLine, yaml, mark);
            if (unquoted.isPresent()) {
                return unquoted.get();
            }
        }
        if (problem.contains("found unexpected end of stream") || problem.contains("found unexpected end")) {
            return Problem.error(file, line, column, "a quoted value is never closed",
                    "end the value with the same quote mark it starts with");
        }
        if (problem.contains("could not find expected ':'")) {
            return Problem.error(file, line, column, "a line in the front matter is not a 'key: value' field",
                    "write 'key: value' (with a space after the colon), or quote a value that continues on this line");
        }
        return Problem.error(file, line, column, "the front matter is not valid YAML: " + problem,
                "write each field on its own line as 'key: value'; quote values that contain ':' or '#'");
    }

    /**
     * {@code title: "Sastanak" u Beogradu} or {@code title: [Najava] Sastanak}: a value that starts with a quote or a
     * bracket ends at the closing one, and the text after it cannot be read.
     */
    private static Optional<Problem> textAfterQuotedValue(String file, int firstLine, String yaml, Mark mark) {
        List<String> lines = TextLines.split(yaml);
        if (mark.getLine() >= lines.size()) {
            return Optional.empty();
        }
        Matcher field = FIELD_LINE.matcher(lines.get(mark.getLine()));
        if (!field.matches() || mark.getColumn() <= field.start(2)) {
            return Optional.empty();
        }
        String key = field.group(1);
        String value = field.group(2).strip();
        char open = value.charAt(0);
        String what = switch (open) {
            case '"' -> "a quotation mark (\")";
            case '\'' -> "an apostrophe (')";
            case '[' -> "a bracket ([)";
            default -> "a brace ({)";
        };
        return Optional.of(Problem.error(file, firstLine + mark.getLine(), field.start(2) + 1,
                "the value of '" + key + "' starts with " + what + ", so YAML ends it at the closing one and cannot "
                        + "read the text after it",
                "put the whole value in quotes: " + key + ": " + quoted(value)));
    }

    /**
     * {@code yaml} with the tab that stopped the parser at {@code mark} replaced by a space, so that the rest can be
     * read (and every other tab reported in the same run); empty when there is no tab there.
     */
    static Optional<String> withoutTabAt(String yaml, MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        if (mark == null || !isTabAt(yaml, mark)) {
            return Optional.empty();
        }
        List<String> lines = new java.util.ArrayList<>(TextLines.split(yaml));
        String line = lines.get(mark.getLine());
        int tab = mark.getColumn() < line.length() && line.charAt(mark.getColumn()) == '\t' ? mark.getColumn()
                : line.indexOf('\t');
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        if (tab < indent.length() && FIELD_WITH_VALUE.matcher(line.strip()).matches()
                && followsAFieldWithItsValue(lines, mark.getLine())) {
            // '\ttranslationKey: x' after 'date: …' is a field indented by mistake, not part of the date
            lines.set(mark.getLine(), line.stripLeading());
        } else {
            lines.set(mark.getLine(), line.substring(0, tab) + ' ' + line.substring(tab + 1));
        }
        return Optional.of(String.join("\n", lines));
    }

    /** A {@code key: value} line with a value on it (group 1: key, group 2: value). */
    private static final Pattern FIELD_WITH_VALUE = Pattern.compile("([A-Za-z][\\w-]*):[ \t]+(\\S.*?)[ \t]*");

    /**
     * {@code yaml} mended where it stopped the parser, the way the problem's hint says, so that the fields after it
     * can be read and checked in the same run: a tab read as a space ({@link #withoutTabAt}), or the value of the
     * {@code key: value} line at fault put in quotes ({@code title: Obuka: prvi dan} → {@code title: "Obuka: prvi
     * dan"}). Empty when the mistake is not on such a line (the rest of the front matter is then left unread).
     */
    static Optional<String> mended(String yaml, MarkedYAMLException e) {
        Optional<String> untabbed = withoutTabAt(yaml, e);
        if (untabbed.isPresent()) {
            return untabbed;
        }
        List<String> lines = new java.util.ArrayList<>(TextLines.split(yaml));
        for (Mark mark : new Mark[] {e.getProblemMark(), e.getContextMark()}) {
            if (mark == null || mark.getLine() >= lines.size()) {
                continue;
            }
            Matcher field = FIELD_WITH_VALUE.matcher(lines.get(mark.getLine()));
            if (field.matches() && !field.group(2).startsWith("|") && !field.group(2).startsWith(">")) {
                lines.set(mark.getLine(), field.group(1) + ": " + quoted(field.group(2)));
                return Optional.of(String.join("\n", lines));
            }
        }
        return Optional.empty();
    }

    /** The last non-blank line before line {@code index} is a top-level {@code key: value} field, or there is none. */
    private static boolean followsAFieldWithItsValue(List<String> lines, int index) {
        for (int i = index - 1; i >= 0; i--) {
            String before = lines.get(i);
            if (!before.isBlank()) {
                return !Character.isWhitespace(before.charAt(0)) && FIELD_WITH_VALUE.matcher(before).matches();
            }
        }
        return true;
    }

    private static boolean isTabAt(String yaml, Mark mark) {
        List<String> lines = TextLines.split(yaml);
        if (mark.getLine() >= lines.size()) {
            return false;
        }
        String line = lines.get(mark.getLine());
        return mark.getColumn() < line.length() && line.charAt(mark.getColumn()) == '\t'
                || line.substring(0, Math.min(line.length(), mark.getColumn() + 1)).indexOf('\t') >= 0;
    }

    /**
     * {@code title: Sastanak #2} is the title „Sastanak“ for YAML: a plain value ends where {@code " #"} starts a
     * comment. In the texts readers see, that is never what the author meant.
     */
    static void checkCutByComment(String file, int firstLine, String yaml, String key, Node valueNode,
                                          List<Problem> problems) {
        if (!(valueNode instanceof ScalarNode scalar) || scalar.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN
                || scalar.getValue().isEmpty()) {
            return;
        }
        Mark end = valueNode.getEndMark();
        List<String> lines = TextLines.split(yaml);
        if (end.getLine() >= lines.size()) {
            return;
        }
        String line = lines.get(end.getLine());
        String rest = line.substring(Math.min(line.length(), end.getColumn()));
        if (!rest.stripLeading().startsWith("#")) {
            return;
        }
        int hash = end.getColumn() + rest.indexOf('#');
        String whole = (scalar.getValue() + " " + rest.strip()).strip();
        problems.add(Problem.warning(file, firstLine + end.getLine(), hash + 1,
                "the " + key + " stops before '#': YAML reads the rest of the line as a comment and leaves it out",
                "put the whole " + key + " in quotes: " + key + ": " + quoted(whole)));
    }

    /** {@code value} as a YAML quoted scalar: double quotes, or single quotes when it contains double ones. */
    static String quoted(String value) {
        if (!value.contains("\"")) {
            return "\"" + value.replace("\\", "\\\\") + "\"";
        }
        return "'" + value.replace("'", "''") + "'";
    }
}
