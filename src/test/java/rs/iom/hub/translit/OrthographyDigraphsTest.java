package rs.iom.hub.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Drives the pairs of {@code orthography-digraphs.tsv} (digraphs at prefix boundaries, the old "dj" spelling of đ,
 * Roman numerals in context, capitals) through both directions with the standard transliterator.
 */
class OrthographyDigraphsTest {

    private static final String FILE = "orthography-digraphs.tsv";
    private static final SerbianTransliterator TRANSLITERATOR = SerbianTransliterator.standard();

    static Stream<Arguments> latinToCyrillic() {
        return TestResources.pairs(FILE).stream().filter(p -> !p.direction().equals("<"))
                .map(p -> Arguments.of(p.line(), p.latin(), p.cyrillic(), p.note()));
    }

    static Stream<Arguments> cyrillicToLatin() {
        return TestResources.pairs(FILE).stream().filter(p -> !p.direction().equals(">"))
                .map(p -> Arguments.of(p.line(), p.cyrillic(), p.latin(), p.note()));
    }

    @ParameterizedTest(name = "line {0}: {1} → {2} ({3})")
    @MethodSource("latinToCyrillic")
    void convertsLatinToTheCyrillicAnEditorWouldWrite(int line, String latin, String cyrillic, String note) {
        assertEquals(cyrillic, TRANSLITERATOR.toCyrillic(latin), FILE + ":" + line + " " + note);
    }

    @ParameterizedTest(name = "line {0}: {1} → {2} ({3})")
    @MethodSource("cyrillicToLatin")
    void convertsTheCyrillicBackToTheSameLatin(int line, String cyrillic, String latin, String note) {
        assertEquals(latin, TRANSLITERATOR.toLatin(cyrillic), FILE + ":" + line + " " + note);
    }

    @Test
    void fileHasAtLeastOneHundredFiftyNewItemsNotInThePairsFile() {
        List<TestResources.Pair> pairs = TestResources.pairs(FILE);
        assertTrue(pairs.size() >= 150, "items: " + pairs.size());
        Set<String> old = new HashSet<>();
        TestResources.pairs("pairs.tsv").forEach(p -> old.add(p.latin()));
        assertTrue(pairs.stream().noneMatch(p -> old.contains(p.latin())), "an item repeats pairs.tsv");
        assertTrue(pairs.stream().allMatch(p -> List.of("<>", ">", "<").contains(p.direction())));
        assertEquals(pairs.size(), pairs.stream().map(TestResources.Pair::latin).distinct().count(), "an item repeats");
    }
}
