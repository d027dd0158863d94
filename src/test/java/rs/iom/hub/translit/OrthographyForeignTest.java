package rs.iom.hub.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Foreign words, names and acronyms in the Cyrillic edition ({@code orthography-foreign.tsv}), converted with the
 * word lists the project ships in {@code data/translit/} and the sample transcriptions; and the notes
 * {@code hub check} makes of them.
 */
class OrthographyForeignTest {

    private static final Path DATA = Path.of("data/translit");
    private static final SerbianTransliterator SHIPPED = shipped();

    private static SerbianTransliterator shipped() {
        KeepLatinDictionary keep = KeepLatinDictionary.parse(data("keep-latin.txt"), "keep-latin.txt")
                .with(KeepLatinDictionary.parse(data("international-names.txt"), "international-names.txt"));
        return SerbianTransliterator.withWordLists(keep,
                CyrillicAcronyms.parse(data("cyrillic-acronyms.txt"), "cyrillic-acronyms.txt"),
                Transcriptions.parse(TestResources.read("transcriptions-sample.txt"), "transcriptions-sample.txt"));
    }

    private static String data(String file) {
        try {
            return Files.readString(DATA.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<Arguments> latinToCyrillic() {
        return TestResources.pairs("orthography-foreign.tsv").stream().filter(p -> !p.direction().equals("<"))
                .map(p -> Arguments.of(p.line(), p.latin(), p.cyrillic(), p.note()));
    }

    static Stream<Arguments> cyrillicToLatin() {
        return TestResources.pairs("orthography-foreign.tsv").stream().filter(p -> !p.direction().equals(">"))
                .map(p -> Arguments.of(p.line(), p.cyrillic(), p.latin(), p.note()));
    }

    @ParameterizedTest(name = "line {0}: {1} → {2} ({3})")
    @MethodSource("latinToCyrillic")
    void writesForeignWordsAsTheCyrillicEditionShouldShowThem(int line, String latin, String cyrillic, String note) {
        assertEquals(cyrillic, SHIPPED.toCyrillic(latin), "orthography-foreign.tsv:" + line + " " + note);
    }

    @ParameterizedTest(name = "line {0}: {1} → {2} ({3})")
    @MethodSource("cyrillicToLatin")
    void givesTheLatinBackFromTheCyrillic(int line, String cyrillic, String latin, String note) {
        assertEquals(latin, SHIPPED.toLatin(cyrillic), "orthography-foreign.tsv:" + line + " " + note);
    }

    @Test
    void theFileHasAtLeastOneHundredAndFiftyItems() {
        List<TestResources.Pair> pairs = TestResources.pairs("orthography-foreign.tsv");
        assertTrue(pairs.size() >= 150, "items: " + pairs.size());
        assertTrue(pairs.stream().allMatch(p -> List.of("<>", ">", "<").contains(p.direction())));
    }

    @Test
    void theShippedWordListsHaveNoBadLines() {
        assertEquals(List.of(), KeepLatinDictionary.parse(data("international-names.txt"), "i").problems());
        assertEquals(List.of(), KeepLatinDictionary.parse(data("keep-latin.txt"), "k").problems());
        assertEquals(List.of(), CyrillicAcronyms.parse(data("cyrillic-acronyms.txt"), "c").problems());
        assertEquals(List.of(), Transcriptions.parse(data("transcriptions.txt"), "t").problems());
    }

    @Test
    void theShippedTranscriptionsAreExamplesOnly() {
        assertTrue(Transcriptions.parse(data("transcriptions.txt"), "t").isEmpty(),
                "by default a foreign name stays Latin; the site decides what to transcribe");
    }

    @Test
    void withoutWordListsAForeignSpellingIsEnough() {
        SerbianTransliterator standard = SerbianTransliterator.standard();
        assertEquals("Сарадња са Danish Refugee Council-ом у Нишу.",
                standard.toCyrillic("Saradnja sa Danish Refugee Council-om u Nišu."));
        assertEquals("УНДП и УНХЦР-а", standard.toCyrillic("UNDP i UNHCR-a"),
                "without a list, an acronym in capitals is read as Serbian");
    }

    @Test
    void badTranscriptionLinesAreReportedWithTheirLineAndSkipped() {
        Transcriptions t = Transcriptions.parse("""
                # comment
                Facebook Фејсбук
                Фејсбук → Facebook
                Google → Google
                → Гугл
                Twitter → Твитер
                Twitter → Твитр
                """, "data/translit/transcriptions.txt");

        assertEquals(1, t.size());
        assertEquals("Твитер", t.cyrillic("Twitter"));
        assertEquals(List.of(2, 3, 4, 5, 7), t.problems().stream().map(DictionaryProblem::line).toList());
        assertTrue(t.problems().get(0).toString().startsWith("data/translit/transcriptions.txt:2: "),
                t.problems().get(0).toString());
        assertTrue(t.problems().get(0).message().contains("Facebook → Фејсбук"), t.problems().get(0).message());
        assertTrue(t.problems().get(4).message().contains("line 6"), t.problems().get(4).message());
    }

    @Test
    void badAcronymLinesAreReportedWithTheirLineAndSkipped() {
        CyrillicAcronyms a = CyrillicAcronyms.parse("NATO\nНАТО\nnato\nEU UN\nX\nNATO\nBiH\n", "acronyms.txt");

        assertEquals(java.util.Set.of("NATO", "BiH"), a.acronyms());
        assertEquals(List.of(2, 3, 4, 5, 6), a.problems().stream().map(DictionaryProblem::line).toList());
    }

    @Test
    void listsTheWordsKeptInLatinOnceEachAndANameAsOneItem() {
        LatinWords words = SHIPPED.latinWords("Projekat finansira Swiss Agency for Development and Cooperation, "
                + "uz UNHCR-a i IOM. Više na iom.int i u izveštaju XXI veka. UNHCR i -{Beograd}- i Health.");

        assertEquals(List.of("Swiss Agency for Development and Cooperation", "UNHCR", "IOM", "Health"),
                words.kept());
    }

    @Test
    void asksAboutUnknownAcronymsCapitalisedWordsThatLookForeignAndWordsDrawnIntoAName() {
        LatinWords words = SHIPPED.latinWords("Sastanak SKGO i MUP. Govorio je predstavnik Council. "
                + "Direktor John Smith je stigao.");

        assertEquals(List.of("John Smith"), words.kept());
        assertEquals(List.of("John (Latin, with the name \"Smith\")", "SKGO (Cyrillic, as a Serbian acronym)",
                "Council (Cyrillic)"), words.unsure());
        LatinWords drawn = SHIPPED.latinWords("Kaže Mark Russell.");
        assertEquals(List.of("Mark (Latin, with the name \"Russell\")"), drawn.unsure());
    }

    @Test
    void aSerbianTextHasNothingToReport() {
        assertEquals(LatinWords.NONE, SHIPPED.latinWords("Ministarstvo unutrašnjih poslova i KIRS, 2022. godine."));
        assertEquals(LatinWords.NONE, SHIPPED.latinWords("Управљање миграцијама"));
    }
}
