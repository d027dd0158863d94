package rs.iom.hub.content;

import rs.iom.hub.text.ControlCharacters;
import rs.iom.hub.text.TextLines;
import rs.iom.hub.problem.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Splits a content file into its front matter and Markdown body. Every problem is collected with its line and column
 * (nothing is thrown), so that a file with three mistakes gets three messages.
 *
 * <p>YAML front matter starts with a {@code ---} line and ends with the next {@code ---} (or {@code ...}) line.
 * JBake's native header is a block of {@code key=value} lines ended by {@code ~~~~~~}.</p>
 */
public final class FrontMatterParser {

    /** JBake's header separator. */
    public static final String JBAKE_SEPARATOR = "~~~~~~";

    private static final String YAML_DELIMITER = "---";

    /** Fields whose whole text readers see: a {@code #} in them is text, not the start of a comment. */
    private static final Set<String> SHOWN_IN_FULL = Set.of("title", "summary");


    /**
     * The outcome: the front matter when it could be read (possibly with problems), and the problems.
     *
     * @param textBelow for a front matter that is closed but cannot be read as fields, the text below it (without
     *                  fields): its own mistakes can still be found in the same run
     */
    public record Result(FrontMatter frontMatter, List<Problem> problems, Optional<FrontMatter> textBelow) {
        public Result {
            problems = List.copyOf(problems);
            Objects.requireNonNull(textBelow, "textBelow");
        }

        public Result(FrontMatter frontMatter, List<Problem> problems) {
            this(frontMatter, problems, Optional.empty());
        }

        public boolean hasFrontMatter() {
            return frontMatter != null;
        }
    }

    private FrontMatterParser() {
    }

    /**
     * Parses {@code text} (already decoded, without byte-order mark).
     *
     * @param file path used in problems
     * @param text file contents; CRLF and LF line ends are both accepted
     */
    public static Result parse(String file, String text) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        List<String> lines = TextLines.split(text);
        List<Problem> problems = new ArrayList<>();
        if (!lines.isEmpty() && lines.get(0).strip().equals(YAML_DELIMITER)) {
            return parseYaml(file, lines, problems);
        }
        int separator = jbakeSeparatorLine(lines);
        if (separator >= 0) {
            return new Result(parseJBakeHeader(file, lines, separator, problems), problems);
        }
        problems.add(Problem.error(file, 1, 1, "the file does not start with front matter",
                "begin the file with a line '---', then fields such as 'title: …' and 'date: 2022-03-04', "
                        + "then another '---' line; the text follows below"));
        return new Result(null, problems);
    }

    private static Result parseYaml(String file, List<String> lines, List<Problem> problems) {
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).stripTrailing();
            if (line.equals(YAML_DELIMITER) || line.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            problems.add(Problem.error(file, 1, 1, "the front matter that starts here is never closed",
                    "add a line with only '---' after the last field (title, date, …) and before the text"));
            return new Result(null, problems);
        }
        String yaml = String.join("\n", lines.subList(1, close));
        Map<String, FrontMatter.Field> fields = new LinkedHashMap<>();
        String body = String.join("\n", lines.subList(close + 1, lines.size()));
        if (!readYamlFields(file, yaml, fields, problems)) {
            // unreadable: its fields are unknown, so none may be reported missing; the text below is still checked
            return new Result(null, problems, Optional.of(new FrontMatter(FrontMatter.Format.YAML, Map.of(),
                    close + 1, body, close + 2)));
        }
        return new Result(new FrontMatter(FrontMatter.Format.YAML, fields, close + 1, body, close + 2), problems);
    }

    /** Longest front matter accepted, in characters: fields are short, the text goes below the closing line. */
    static final int MAX_FRONT_MATTER = 65_536;
    /** At most this many YAML mistakes (tabs, values to quote) are reported and mended in one front matter. */
    static final int MAX_TABS = 20;
    /** Deepest nesting of lists and groups accepted; the fields need two (a list in the map of fields). */
    static final int MAX_NESTING = 10;

    /** Reads the fields into {@code fields}; false when the YAML cannot be read as fields at all. */
    private static boolean readYamlFields(String file, String yaml, Map<String, FrontMatter.Field> fields,
                                          List<Problem> problems) {
        int firstLine = 2; // YAML text starts on the line after the opening ---
        int length = yaml.codePointCount(0, yaml.length());
        if (length > MAX_FRONT_MATTER) {
            problems.add(Problem.error(file, firstLine, 1, String.format(java.util.Locale.ROOT,
                            "the front matter is %,d characters long; at most %,d are possible", length,
                            MAX_FRONT_MATTER),
                    "keep only the short fields (title, date, …) between the '---' lines; the text goes below them"));
            return false;
        }
        Node root = null;
        int repairs = 0;
        int lastMended = -1;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(10);
            options.setAllowRecursiveKeys(false);
            options.setCodePointLimit(MAX_FRONT_MATTER + 1);
            options.setNestingDepthLimit(MAX_NESTING);
            Yaml reader = new Yaml(new SafeConstructor(options));
            // Each mistake YAML stops at is reported and mended as its hint says (a tab read as a space, a value
            // with ': ' put in quotes), so that one run names every such mistake and still reads the fields (and
            // the text below them) for their own mistakes.
            while (root == null) {
                try {
                    Optional<Problem> alias = anchorOrAlias(file, firstLine, reader, yaml);
                    if (alias.isPresent()) {
                        problems.add(alias.get());
                        return false;
                    }
                    root = reader.compose(new StringReader(yaml));
                    if (root == null) {
                        return true; // empty front matter: the required fields are reported as missing
                    }
                } catch (MarkedYAMLException e) {
                    Problem problem = YamlProblems.of(file, firstLine, yaml, e);
                    Optional<String> untabbed = YamlProblems.withoutTabAt(yaml, e);
                    if (untabbed.isEmpty() && problem.line() == lastMended) {
                        return false; // the mending made this one: the first mistake is the one to fix
                    }
                    Optional<String> mended = untabbed.isPresent() ? untabbed : YamlProblems.mended(yaml, e);
                    problems.add(problem);
                    if (mended.isEmpty() || ++repairs >= MAX_TABS) {
                        return false;
                    }
                    lastMended = problem.line();
                    yaml = mended.get();
                }
            }
        } catch (YAMLException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            problems.add(message.contains("Nesting Depth")
                    ? Problem.error(file, firstLine, 1, "the front matter has lists or groups nested more than "
                            + MAX_NESTING + " levels deep", "write each field on its own line as 'key: value', and "
                            + "lists as tags: [migracije, partnerstvo]")
                    : Problem.error(file, firstLine, 1, "the front matter is not valid YAML: " + message,
                            "write each field on its own line as 'key: value'"));
            return false;
        }
        if (!(root instanceof MappingNode mapping)) {
            Mark at = root.getStartMark();
            problems.add(Problem.error(file, firstLine + at.getLine(), at.getColumn() + 1,
                    "the front matter must be a list of 'key: value' fields",
                    "write each field on its own line as 'key: value', for example 'title: Vesti'"));
            return false;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            Node valueNode = tuple.getValueNode();
            int line = firstLine + keyNode.getStartMark().getLine();
            int column = keyNode.getStartMark().getColumn() + 1;
            if (!(keyNode instanceof ScalarNode keyScalar)) {
                problems.add(Problem.error(file, line, column, "a field name must be a plain word",
                        "write the field as 'key: value'"));
                continue;
            }
            String key = keyScalar.getValue();
            if (fields.containsKey(key)) {
                FrontMatter.Field first = fields.get(key);
                problems.add(Problem.error(file, line, column,
                        "the field '" + key + "' is written twice (first on line " + first.line() + ")",
                        "keep one '" + key + ":' line and delete the other"));
                continue;
            }
            int valueLine = firstLine + valueNode.getStartMark().getLine();
            int valueColumn = valueNode.getStartMark().getColumn() + 1;
            FrontMatter.Value value = yamlValue(valueNode);
            checkControlCharacters(file, key, value, valueLine, valueColumn, problems);
            fields.put(key, new FrontMatter.Field(key, value, line, column, valueLine, valueColumn));
            if (SHOWN_IN_FULL.contains(key)) {
                YamlProblems.checkCutByComment(file, firstLine, yaml, key, valueNode, problems);
            }
        }
        return true;
    }

    /**
     * YAML anchors ({@code &name}) and aliases ({@code *name}) repeat a value without writing it again; front matter
     * never needs them, and a few lines of them can stand for gigabytes of text ("alias amplification"). Refused
     * before the document is built, by reading its events.
     */
    private static Optional<Problem> anchorOrAlias(String file, int firstLine, Yaml reader, String yaml) {
        for (Event event : reader.parse(new StringReader(yaml))) {
            boolean alias = event instanceof AliasEvent;
            if (alias || event instanceof NodeEvent node && node.getAnchor() != null) {
                Mark at = event.getStartMark();
                return Optional.of(Problem.error(file, firstLine + at.getLine(), at.getColumn() + 1, alias
                                ? "'*' at the start of a value makes YAML repeat another value (an alias)"
                                : "'&' at the start of a value names it for repeating (a YAML anchor)",
                        "front matter needs no anchors or aliases: write each value out; if the " + (alias ? "*" : "&")
                                + " belongs to the text, put the whole value in quotes"));
            }
        }
        return Optional.empty();
    }

    /**
     * A value may hold a control character that the file does not show: written as an escape in double quotes
     * ({@code "\u0007"}, {@code "\x85"}). (Control characters written as such are reported with the whole text.)
     */
    private static void checkControlCharacters(String file, String key, FrontMatter.Value value, int line,
                                               int column, List<Problem> problems) {
        List<String> texts = value instanceof FrontMatter.Text t ? List.of(t.text())
                : value instanceof FrontMatter.TextList l ? l.items() : List.of();
        for (String text : texts) {
            int at = ControlCharacters.indexOf(text, 0);
            if (at >= 0) {
                problems.add(ControlCharacters.problem(file, line, column, text.charAt(at),
                        "the value of '" + key + "' (through an escape such as \\u0007)"));
                return;
            }
        }
    }

    private static FrontMatter.Value yamlValue(Node node) {
        if (node instanceof ScalarNode scalar) {
            String tag = scalar.getTag().getValue();
            boolean isNull = tag.endsWith(":null") && scalar.getScalarStyle().getChar() == null;
            return new FrontMatter.Text(isNull ? "" : scalar.getValue());
        }
        if (node instanceof SequenceNode sequence) {
            List<String> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (!(item instanceof ScalarNode scalar)) {
                    return new FrontMatter.Structure("a list of lists or maps");
                }
                items.add(scalar.getValue());
            }
            return new FrontMatter.TextList(items);
        }
        return new FrontMatter.Structure("a group of nested fields");
    }

    /** Index of the {@code ~~~~~~} line when every line above it is empty or {@code key=value}, else -1. */
    private static int jbakeSeparatorLine(List<String> lines) {
        for (int i = 0; i < lines.size() && i < 200; i++) {
            String line = lines.get(i).strip();
            if (line.equals(JBAKE_SEPARATOR)) {
                return i;
            }
            if (!line.isEmpty() && !line.contains("=")) {
                return -1;
            }
        }
        return -1;
    }

    private static FrontMatter parseJBakeHeader(String file, List<String> lines, int separator,
                                                List<Problem> problems) {
        Map<String, FrontMatter.Field> fields = new LinkedHashMap<>();
        for (int i = 0; i < separator; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            int column = line.indexOf(key) + 1;
            int valueColumn = eq + 2 + (line.substring(eq + 1).length() - line.substring(eq + 1).stripLeading().length());
            if (fields.containsKey(key)) {
                problems.add(Problem.error(file, i + 1, column,
                        "the field '" + key + "' is written twice (first on line " + fields.get(key).line() + ")",
                        "keep one '" + key + "=' line and delete the other"));
                continue;
            }
            FrontMatter.Value parsed = key.equals("tags")
                    ? new FrontMatter.TextList(splitList(value))
                    : new FrontMatter.Text(value);
            fields.put(key, new FrontMatter.Field(key, parsed, i + 1, column, i + 1, valueColumn));
        }
        String body = String.join("\n", lines.subList(separator + 1, lines.size()));
        return new FrontMatter(FrontMatter.Format.JBAKE_HEADER, fields, separator + 1, body, separator + 2);
    }

    private static List<String> splitList(String value) {
        List<String> items = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                items.add(part.strip());
            }
        }
        return items;
    }
}
