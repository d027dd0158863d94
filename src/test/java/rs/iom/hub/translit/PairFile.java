package rs.iom.hub.translit;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a file of transliteration pairs in the format of {@code pairs.tsv} (described at its top): direction
 * ({@code <>}, {@code >} or {@code <}), Latin, Cyrillic and a note, separated by tabs; {@code #} lines are comments.
 */
final class PairFile {

    /** One pair, with its line in the file. */
    record Pair(int line, String direction, String latin, String cyrillic, String note) {
    }

    private PairFile() {
    }

    /** The pairs of the test resource {@code name}; a malformed line fails loudly with its file and line. */
    static List<Pair> read(String name) {
        List<Pair> pairs = new ArrayList<>();
        String[] lines = TestResources.read(name).split("\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 4) {
                throw new IllegalStateException(name + ":" + (n + 1) + ": expected 4 columns: " + line);
            }
            pairs.add(new Pair(n + 1, columns[0], TestResources.unescape(columns[1]),
                    TestResources.unescape(columns[2]), columns[3]));
        }
        return pairs;
    }
}
