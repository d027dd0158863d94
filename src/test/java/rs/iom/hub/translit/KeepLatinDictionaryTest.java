package rs.iom.hub.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeepLatinDictionaryTest {

    @Test
    void parsesTheSampleFileWithoutProblems() {
        KeepLatinDictionary dictionary = TestResources.sampleDictionary();
        assertEquals(List.of(), dictionary.problems());
        assertEquals(List.of("IOM", "UNHCR", "UNICEF", "SDC", "EU", "Richard Kohli", "Facebook", "LinkedIn",
                "Instagram"), dictionary.entries());
        assertEquals(9, dictionary.size());
        assertEquals("keep-latin-sample.txt", dictionary.sourceName());
    }

    @Test
    void ignoresCommentsBlankLinesAndSurroundingBlanks() {
        KeepLatinDictionary dictionary = KeepLatinDictionary.parse(
                "\uFEFF# comment\n\n   IOM   \r\n\t# indented comment\r\nEU\n", "d.txt");
        assertEquals(List.of("IOM", "EU"), dictionary.entries());
        assertEquals(List.of(), dictionary.problems());
    }

    @Test
    void reportsBadLinesWithTheirLineNumbersAndKeepsTheGoodOnes() {
        KeepLatinDictionary dictionary = KeepLatinDictionary.parse(String.join("\n",
                "IOM",
                "МУП",
                "Richard Коhli",
                "(UNHCR)",
                "-{EU}-",
                "IOM",
                "~",
                "~iom",
                "SDC"), "site/keep-latin.txt");
        assertEquals(List.of("IOM", "iom", "SDC"), dictionary.entries());
        List<DictionaryProblem> problems = dictionary.problems();
        assertEquals(List.of(2, 3, 4, 5, 6, 7), problems.stream().map(DictionaryProblem::line).toList());
        assertTrue(problems.stream().allMatch(p -> p.sourceName().equals("site/keep-latin.txt")));
        assertEquals("site/keep-latin.txt:2: \"МУП\" contains Cyrillic letters (МУП); entries are the Latin words to keep",
                problems.get(0).toString());
        assertTrue(problems.get(1).message().contains("Cyrillic letters (Ко)"), problems.get(1).message());
        assertTrue(problems.get(2).message().contains("must begin with a letter or digit"));
        assertTrue(problems.get(3).message().contains("keep marker"));
        assertEquals("\"IOM\" repeats the entry on line 1", problems.get(4).message());
        assertEquals("empty entry", problems.get(5).message());
    }

    @Test
    void loadsAFile(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("keep-latin.txt");
        Files.writeString(file, "IOM\nМУП\n", StandardCharsets.UTF_8);
        KeepLatinDictionary dictionary = KeepLatinDictionary.load(file);
        assertEquals(List.of("IOM"), dictionary.entries());
        assertEquals(new DictionaryProblem(file.toString(), 2,
                "\"МУП\" contains Cyrillic letters (МУП); entries are the Latin words to keep"), dictionary.problems().get(0));
    }

    @Test
    void failsToLoadAMissingFile(@TempDir Path directory) {
        assertThrows(IOException.class, () -> KeepLatinDictionary.load(directory.resolve("missing.txt")));
    }

    @Test
    void matchesWholeWordsCaseSensitively() {
        SerbianTransliterator t = transliterator("IOM");
        assertEquals("IOM, (IOM) и IOM-а", t.toCyrillic("IOM, (IOM) i IOM-a"));
        assertEquals("Иом ИОМА", t.toCyrillic("Iom IOMA"));
        assertEquals("2ИОМ", t.toCyrillic("2IOM"), "not a whole word");
    }

    @Test
    void matchesCaseInsensitiveEntriesInAnyCase() {
        SerbianTransliterator t = transliterator("~Facebook");
        assertEquals("Facebook facebook FACEBOOK FaceBook", t.toCyrillic("Facebook facebook FACEBOOK FaceBook"));
    }

    @Test
    void matchesMultiWordEntriesAcrossAnyWhiteSpace() {
        SerbianTransliterator t = transliterator("Richard Kohli");
        assertEquals("рекао је Richard Kohli.", t.toCyrillic("rekao je Richard Kohli."));
        assertEquals("Richard\n  Kohli", t.toCyrillic("Richard\n  Kohli"));
        assertEquals("Richard\u00A0Kohli", t.toCyrillic("Richard\u00A0Kohli"));
        // not the entry, but "Richard" is spelt as Serbian never is (ch), and "Kohlia" follows it (issue 11)
        assertEquals("Richard", t.toCyrillic("Richard"));
        assertEquals("Richard Kohlia", t.toCyrillic("Richard Kohlia"));
        assertEquals("Кохлиа", t.toCyrillic("Kohlia"));
    }

    @Test
    void prefersTheLongestEntry() {
        SerbianTransliterator t = transliterator("Migration\nMigration Hub\n");
        assertEquals("Migration Hub и Migration", t.toCyrillic("Migration Hub i Migration"));
    }

    @Test
    void keepsEntriesWithPunctuation() {
        SerbianTransliterator t = transliterator("Node.js\nC#\n");
        assertEquals("Node.js и C#", t.toCyrillic("Node.js i C#"));
    }

    @Test
    void doesNotTouchTheLatinDirection() {
        SerbianTransliterator t = transliterator("IOM");
        assertEquals("IOM i MUP", t.toLatin("IOM и МУП"));
    }

    @Test
    void emptyDictionaryIsShared() {
        assertSame(KeepLatinDictionary.empty(), KeepLatinDictionary.empty());
        assertTrue(KeepLatinDictionary.empty().isEmpty());
        assertTrue(KeepLatinDictionary.parse("# only comments\n", "x").isEmpty());
    }

    @Test
    void rejectsNullArgumentsNamingTheParameter() {
        assertEquals("text", assertThrows(NullPointerException.class,
                () -> KeepLatinDictionary.parse(null, "x")).getMessage());
        assertEquals("sourceName", assertThrows(NullPointerException.class,
                () -> KeepLatinDictionary.parse("", null)).getMessage());
        assertEquals("file", assertThrows(NullPointerException.class,
                () -> KeepLatinDictionary.load(null)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new DictionaryProblem("x", 0, "m"));
    }

    private static SerbianTransliterator transliterator(String entries) {
        return SerbianTransliterator.withDictionary(KeepLatinDictionary.parse(entries, "test"));
    }
}
