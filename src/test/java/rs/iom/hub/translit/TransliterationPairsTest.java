package rs.iom.hub.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    static List<TestResources.Pair> pairs() {
        return TestResources.pairs("pairs.tsv");
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
        List<TestResources.Pair> pairs = pairs();
        assertTrue(pairs.size() >= 300, "pairs: " + pairs.size());
        assertTrue(pairs.stream().filter(p -> p.direction().equals("<>")).count() >= 250);
        assertTrue(pairs.stream().allMatch(p -> List.of("<>", ">", "<").contains(p.direction())));
    }
}
