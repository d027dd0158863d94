package rs.iom.hub.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields at the top of a content file, each remembered with the line and column where its value was written, and
 * the Markdown body that follows them.
 *
 * <p>Two formats are read: YAML between {@code ---} lines (what authors are taught) and JBake's native
 * {@code key=value} header closed by {@code ~~~~~~} (kept working for imported content).</p>
 */
public final class FrontMatter {

    /** The notation the fields were written in. */
    public enum Format { YAML, JBAKE_HEADER }

    /** A value as written: text, a list of texts, or something else (a nested map, say) described for messages. */
    public sealed interface Value permits Text, TextList, Structure {
    }

    /** A single value such as {@code title: Vesti}. */
    public record Text(String text) implements Value {
    }

    /** A list such as {@code tags: [a, b]}. */
    public record TextList(List<String> items) implements Value {
        public TextList {
            items = List.copyOf(items);
        }
    }

    /** A value of a shape no field accepts (a map, or a list of lists), kept only to name it in messages. */
    public record Structure(String description) implements Value {
    }

    /**
     * One field.
     *
     * @param key    the key as written
     * @param value  the value
     * @param line   1-based line of the key in the file
     * @param column 1-based column of the key in the file
     * @param valueLine   1-based line of the value
     * @param valueColumn 1-based column of the value
     */
    public record Field(String key, Value value, int line, int column, int valueLine, int valueColumn) {
    }

    private final Format format;
    private final Map<String, Field> fields;
    private final int endLine;
    private final String body;
    private final int bodyStartLine;

    FrontMatter(Format format, Map<String, Field> fields, int endLine, String body, int bodyStartLine) {
        this.format = format;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        this.endLine = endLine;
        this.body = body;
        this.bodyStartLine = bodyStartLine;
    }

    public Format format() {
        return format;
    }

    /** Fields in the order they were written. */
    public Map<String, Field> fields() {
        return fields;
    }

    public Optional<Field> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** 1-based line of the closing {@code ---} (or {@code ~~~~~~}) line. */
    public int endLine() {
        return endLine;
    }

    /** The Markdown text after the front matter. */
    public String body() {
        return body;
    }

    /** 1-based file line on which {@link #body()} starts, to turn body positions into file positions. */
    public int bodyStartLine() {
        return bodyStartLine;
    }
}
