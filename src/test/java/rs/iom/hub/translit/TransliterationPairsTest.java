package rs.iom.hub.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Drives the word and sentence pairs of {@code pairs.tsv} through both directions. */
class TransliterationPairsTest {

    private static final SerbianTransliterator TRANSLITERATOR =
            SerbianTransliterator.withDictionary(TestResources.sampleDictionary());

    record Pair(int line, String direction, String latin, String cyrillic, String note) {
    }

    static List<Pair> pairs() {
        List<Pair> pairs = new ArrayList<>();
        String[] lines = TestResources.read("pairs.tsv").split("\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 4) {
                throw new IllegalStateException("pairs.tsv:" + (n + 1) + ": expected 4 columns: " + line);
            }
            pairs.add(new Pair(n + 1, columns[0], TestResources.unescape(columns[1]),
                    TestResources.unescape(columns[2]), columns[3]));
        }
        return pairs;
    }

    static Stream<Arguments> latinToCyrillic() {
        return pairs().stream().filter(p -> !p.direction().equals("<"))
                .map(p -> Arguments.of(p.line(), p.latin(), p.cyrillic(), p.note()));
    }

    static Stream<Arguments> cyrillicToLatin() {
        return pairs().stream().filter(p -> !p.direction().equals(">"))
                .map(p -> Arguments.of(p.line(), p.cyrillic(), p.latin(), p.note()));
    }

    @ParameterizedTest(name = "line {0}: {1} → {2} ({3})")
    @MethodSource("latinToCyrillic")
    void convertsLatinPairToCyrillic(int line, String latin, String cyrillic, String note) {
        assertEquals(cyrillic, TRANSLITERATOR.toCyrillic(latin), "pairs.tsv:" + line + " " + note);
    }

    @ParameterizedTest(name = "line {0}: {1} → {2} ({3})")
    @MethodSource("cyrillicToLatin")
    void convertsCyrillicPairToLatin(int line, String cyrillic, String latin, String note) {
        assertEquals(latin, TRANSLITERATOR.toLatin(cyrillic), "pairs.tsv:" + line + " " + note);
    }

    @Test
    void pairFileHasAtLeastThreeHundredPairsInBothDirections() {
        List<Pair> pairs = pairs();
        assertTrue(pairs.size() >= 300, "pairs: " + pairs.size());
        assertTrue(pairs.stream().filter(p -> p.direction().equals("<>")).count() >= 250);
        assertTrue(pairs.stream().allMatch(p -> List.of("<>", ">", "<").contains(p.direction())));
    }
}
