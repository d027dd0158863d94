package rs.iom.hub.i18n;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The UI strings of one edition, read from a per-language message file ({@code data/i18n/sr.yaml}, …). Keys are
 * dotted paths ({@code nav.home}); values are texts or lists of texts (month names). Templates see the same tree as
 * {@code t} ({@code ${t.nav.home}}).
 */
public final class Messages {
    private final String source;
    private final Map<String, Object> tree;
    private final Map<String, Object> flat;

    private Messages(String source, Map<String, Object> tree) {
        this.source = source;
        this.tree = deepUnmodifiable(tree);
        this.flat = new LinkedHashMap<>();
        flatten("", this.tree, flat);
    }

    /**
     * Messages from a parsed YAML tree.
     *
     * @param source the file they come from, named in error messages
     * @param tree   nested maps of texts and lists of texts
     */
    public static Messages of(String source, Map<String, Object> tree) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(tree, "tree");
        return new Messages(source, tree);
    }

    /** The file these messages were read from. */
    public String source() {
        return source;
    }

    /** The text for {@code key}; a missing key is a maintainer's mistake and fails loudly. */
    public String text(String key) {
        Object value = flat.get(key);
        if (!(value instanceof String s)) {
            throw new MissingMessageException(source, key);
        }
        return s;
    }

    /** The text for {@code key} with {@code {0}}, {@code {1}}, … replaced by {@code args}. */
    public String format(String key, Object... args) {
        String text = text(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /**
     * The text for {@code key}, an ICU message with a {@code count} argument, for {@code count} items in the plural
     * forms of {@code locale}: {@code {count, plural, one {# greška} few {# greške} other {# grešaka}}} gives
     * "1 greška", "3 greške", "5 grešaka" (Hugo's {@code one}/{@code other} entries, with the forms Serbian needs).
     */
    public String count(String key, long count, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return new com.ibm.icu.text.MessageFormat(text(key), ULocale.forLocale(locale))
                .format(Map.of("count", count));
    }

    /**
     * The forms of the ICU plural message {@code key} by plural category ({@code one}, {@code few}, {@code other}…),
     * each as written between its braces ({@code # rezultat za „{query}“}): for a script that picks the form itself
     * with the browser's {@code Intl.PluralRules}.
     */
    public Map<String, String> pluralForms(String key) {
        String text = text(key);
        MessagePattern pattern;
        try {
            pattern = new MessagePattern(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": the message '" + key + "' is not an ICU message: "
                    + e.getMessage(), e);
        }
        Map<String, String> forms = new LinkedHashMap<>();
        for (int i = 0; i < pattern.countParts() - 1; i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                int start = pattern.getPart(i + 1).getLimit();
                int end = pattern.getPart(pattern.getLimitPartIndex(i + 1)).getIndex();
                forms.put(pattern.getSubstring(part), text.substring(start, end));
            }
        }
        return forms;
    }

    /** The list of texts for {@code key}. */
    @SuppressWarnings("unchecked")
    public List<String> list(String key) {
        Object value = flat.get(key);
        if (!(value instanceof List<?> list)) {
            throw new MissingMessageException(source, key);
        }
        return (List<String>) list;
    }

    public boolean has(String key) {
        return flat.containsKey(key);
    }

    /** All keys, sorted. */
    public Set<String> keys() {
        return new TreeSet<>(flat.keySet());
    }

    /** The nested tree, as templates see it. */
    public Map<String, Object> tree() {
        return tree;
    }

    /** These messages with the texts of {@code overlay} replacing (or adding to) them, key by key. */
    public Messages overlay(Messages overlay) {
        Map<String, Object> merged = new LinkedHashMap<>(flat);
        merged.putAll(overlay.flat);
        Map<String, Object> tree = new LinkedHashMap<>();
        merged.forEach((key, value) -> {
            String[] parts = key.split("\\.");
            Map<String, Object> node = tree;
            for (int i = 0; i < parts.length - 1; i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> child = (Map<String, Object>) node.computeIfAbsent(parts[i],
                        k -> new LinkedHashMap<String, Object>());
                node = child;
            }
            node.put(parts[parts.length - 1], value);
        });
        return new Messages(source + " + " + overlay.source, tree);
    }

    /**
     * The same messages with every text passed through {@code transform} (e.g. to Cyrillic); placeholders such as
     * {@code {0}} or {@code {month}} are left as they are.
     */
    public Messages map(String newSource, UnaryOperator<String> transform) {
        return new Messages(newSource, transformTree(tree, text -> outsidePlaceholders(text, transform)));
    }

    /** {@code {0}}, {@code {month}}; not {@code -{Atom}-}, text kept as written (a keep mark, read by the transform). */
    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("(?<!-)\\{[A-Za-z0-9]+}");

    private static String outsidePlaceholders(String text, UnaryOperator<String> transform) {
        if (text.contains(", plural,") || text.contains(", select,")) {
            return outsideMessageSyntax(text, transform);
        }
        java.util.regex.Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(transform.apply(text.substring(last, m.start()))).append(m.group());
            last = m.end();
        }
        return out.append(transform.apply(text.substring(last))).toString();
    }

    /**
     * {@code transform} applied to the texts of an ICU message only: its argument names, keywords ({@code plural},
     * {@code few}) and {@code #} stay as they are. A text ICU cannot parse is transformed whole (and fails when used).
     */
    private static String outsideMessageSyntax(String text, UnaryOperator<String> transform) {
        MessagePattern pattern;
        try {
            pattern = new MessagePattern(text);
        } catch (IllegalArgumentException e) {
            return transform.apply(text);
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        boolean inText = false;
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            int start = part.getIndex();
            String between = text.substring(at, start);
            out.append(inText ? transform.apply(between) : between);
            out.append(text, start, part.getLimit());
            at = part.getLimit();
            MessagePattern.Part.Type type = part.getType();
            inText = type == MessagePattern.Part.Type.MSG_START || type == MessagePattern.Part.Type.ARG_LIMIT
                    || type == MessagePattern.Part.Type.REPLACE_NUMBER || type == MessagePattern.Part.Type.SKIP_SYNTAX
                    || type == MessagePattern.Part.Type.INSERT_CHAR;
        }
        return out.append(text.substring(at)).toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> transformTree(Map<String, Object> tree, UnaryOperator<String> transform) {
        Map<String, Object> out = new LinkedHashMap<>();
        tree.forEach((k, v) -> {
            if (v instanceof Map<?, ?> m) {
                out.put(k, transformTree((Map<String, Object>) m, transform));
            } else if (v instanceof List<?> l) {
                List<String> items = new ArrayList<>();
                l.forEach(item -> items.add(transform.apply(String.valueOf(item))));
                out.put(k, items);
            } else {
                out.put(k, transform.apply(String.valueOf(v)));
            }
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> tree, Map<String, Object> out) {
        tree.forEach((k, v) -> {
            String key = prefix.isEmpty() ? k : prefix + "." + k;
            if (v instanceof Map<?, ?> m) {
                flatten(key, (Map<String, Object>) m, out);
            } else {
                out.put(key, v);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepUnmodifiable(Map<String, Object> tree) {
        Map<String, Object> out = new LinkedHashMap<>();
        tree.forEach((k, v) -> {
            if (v instanceof Map<?, ?> m) {
                out.put(String.valueOf(k), deepUnmodifiable((Map<String, Object>) m));
            } else if (v instanceof List<?> l) {
                List<String> items = new ArrayList<>();
                l.forEach(item -> items.add(String.valueOf(item)));
                out.put(String.valueOf(k), List.copyOf(items));
            } else {
                out.put(String.valueOf(k), v == null ? "" : String.valueOf(v));
            }
        });
        return Collections.unmodifiableMap(out);
    }
}
