package rs.iom.hub.translit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
