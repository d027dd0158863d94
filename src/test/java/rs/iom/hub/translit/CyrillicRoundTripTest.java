package rs.iom.hub.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Cyrillic → Latin → Cyrillic gives back the text, on a corpus of real Serbian sentences. */
class CyrillicRoundTripTest {

    private static final SerbianTransliterator TRANSLITERATOR =
            SerbianTransliterator.withDictionary(TestResources.sampleDictionary());

    static List<String> sentences() {
        return Arrays.stream(TestResources.read("cyrillic-corpus.txt").split("\n"))
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();
    }

    static Stream<String> corpus() {
        return sentences().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void returnsTheSameCyrillicAfterARoundTripThroughLatin(String cyrillic) {
        String latin = TRANSLITERATOR.toLatin(cyrillic);
        assertTrue(!Letters.containsCyrillicLetter(latin, 0, latin.length()), () -> "Cyrillic left in: " + latin);
        assertEquals(cyrillic, TRANSLITERATOR.toCyrillic(latin), () -> "via " + latin);
    }

    @Test
    void corpusHasAtLeastFortySentences() {
        assertTrue(sentences().size() >= 40, "sentences: " + sentences().size());
    }

    @Test
    void wholeCorpusAsOneTextRoundTrips() {
        String text = String.join("\n", sentences());
        assertEquals(text, TRANSLITERATOR.toCyrillic(TRANSLITERATOR.toLatin(text)));
    }

    @Test
    void exceptionListIsWhatMakesInjekcijaLossless() {
        assertEquals("injekcija", TRANSLITERATOR.toLatin("инјекција"));
        assertEquals("инјекција", TRANSLITERATOR.toCyrillic("injekcija"));
        DigraphExceptions none = DigraphExceptions.parse(List.of());
        StringBuilder out = new StringBuilder();
        new LatinToCyrillic(KeepLatinDictionary.empty(), none).convert("injekcija", 0, 9, out);
        assertNotEquals("инјекција", out.toString());
        assertEquals("ињекција", out.toString());
    }
}
