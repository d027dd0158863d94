package rs.iom.hub.translit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Reads the test resources of this package. */
final class TestResources {

    private TestResources() {
    }

    static String read(String name) {
        try (InputStream in = TestResources.class.getResourceAsStream(name)) {
            Objects.requireNonNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line of a pairs file ({@code pairs.tsv}, {@code orthography-foreign.tsv}). */
    record Pair(int line, String direction, String latin, String cyrillic, String note) {
    }

    /**
     * The pairs of the TAB-separated resource {@code name}: direction ({@code <>}, {@code >}, {@code <}), Latin,
     * Cyrillic, note; blank lines and lines starting with "#" skipped, escapes replaced.
     */
    static List<Pair> pairs(String name) {
        List<Pair> pairs = new ArrayList<>();
        String[] lines = read(name).split("\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 4) {
                throw new IllegalStateException(name + ":" + (n + 1) + ": expected 4 columns: " + line);
            }
            pairs.add(new Pair(n + 1, columns[0], unescape(columns[1]), unescape(columns[2]), columns[3]));
        }
        return pairs;
    }

    /** The sample keep-Latin dictionary shipped with the tests. */
    static KeepLatinDictionary sampleDictionary() {
        return KeepLatinDictionary.parse(read("keep-latin-sample.txt"), "keep-latin-sample.txt");
    }

    /** Replaces the escapes "\\uXXXX" and "\\n" used in the test files. */
    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == 'n') {
                out.append('\n');
                i++;
            } else if (c == '\\' && i + 5 < text.length() + 0 && text.charAt(i + 1) == 'u') {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
