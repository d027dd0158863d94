package rs.iom.hub.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import rs.iom.hub.pipeline.SiteFolders;
import rs.iom.hub.pipeline.TestSites;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code hub translit}, run in-process with its standard input set by the test. */
class TranslitCommandTest {
    private static final String PROJECT = TestSites.projectDir().toString();

    private static final String MARKDOWN = """
            ---
            title: Upravljanje migracijama
            translationKey: upravljanje-migracijama
            tags: [migracije, IOM]
            ---

            Projekat [Partneri](partneri.md) i [sajt IOM-a](https://serbia.iom.int/) — kod: `hub build --drafts`.

            ![Učesnici sastanka](ucesnici-sastanka.jpg "Sastanak u Beogradu")

                ./hub check --fix

            ```
            Upravljanje ostaje
            ```

            Richard Kohli i -{Swiss Cooperation Office}- na <https://www.eda.admin.ch/belgrade>.
            """;

    @Test
    void markdownToCyrillicConvertsTheTextAndKeepsLinksCodeImagesKeysAndDictionaryWords() {
        Hub.Run run = Hub.withInput(MARKDOWN, "translit", "--to", "cyrl", "--source", PROJECT);

        assertEquals(HubCommand.OK, run.exitCode(), run::err);
        assertEquals("""
                ---
                title: Управљање миграцијама
                translationKey: upravljanje-migracijama
                tags: [миграције, IOM]
                ---

                Пројекат [Партнери](partneri.md) и [сајт IOM-а](https://serbia.iom.int/) — код: `hub build --drafts`.

                ![Учесници састанка](ucesnici-sastanka.jpg "Састанак у Београду")

                    ./hub check --fix

                ```
                Upravljanje ostaje
                ```

                Richard Kohli и -{Swiss Cooperation Office}- на <https://www.eda.admin.ch/belgrade>.
                """, run.out());
        assertEquals("", run.err());
    }

    @Test
    void plainTextIsConvertedThroughoutButAddressesAndFileNamesStay() {
        String line = "Upravljanje [Partneri](partneri.md) i `hub check` na https://serbia.iom.int/.\n";

        Hub.Run plain = Hub.withInput(line, "translit", "--to", "cyrl", "--plain", "--source", PROJECT);
        Hub.Run markdown = Hub.withInput(line, "translit", "--to", "cyrl", "--source", PROJECT);

        // "check" is spelt as Serbian never is (ck at the end): it stays Latin even in plain text (issue 11)
        assertEquals("Управљање [Партнери](partneri.md) и `хуб check` на https://serbia.iom.int/.\n", plain.out());
        assertEquals("Управљање [Партнери](partneri.md) и `hub check` на https://serbia.iom.int/.\n", markdown.out(),
                "Markdown keeps code as written");
    }

    @Test
    void cyrillicToLatinKeepsWhatIsMarkedAndConvertsSerbianAcronyms() {
        Hub.Run run = Hub.withInput("Управљање миграцијама у граду -{Београд}-; МУП и Ђурашковић.\n",
                "translit", "--to", "latn", "--plain", "--source", PROJECT);

        assertEquals(HubCommand.OK, run.exitCode());
        assertEquals("Upravljanje migracijama u gradu Београд; MUP i Đurašković.\n", run.out());
    }

    @Test
    void everySerbianSourceOfTheSiteSurvivesTheRoundTripThroughCyrillicByteForByte() throws IOException {
        Path serbian = TestSites.projectDir().resolve("content/sr");
        List<String> sources = SiteFolders.files(serbian, ".md");
        assertTrue(sources.size() >= 7, sources::toString);
        for (String file : sources) {
            String original = Files.readString(serbian.resolve(file), StandardCharsets.UTF_8);
            String cyrillic = Hub.withInput(original, "translit", "--to", "cyrl", "--source", PROJECT).out();
            String back = Hub.withInput(cyrillic, "translit", "--to", "latn", "--source", PROJECT).out();

            assertTrue(cyrillic.contains("\ntranslationKey: ") && !cyrillic.equals(original), file);
            assertEquals(original, back, file);
        }
    }

    @Test
    void theSitesTranscriptionsAndAcronymListsAreHonoured(@TempDir Path site) throws IOException {
        Path lists = Files.createDirectories(site.resolve("data/translit"));
        Files.writeString(lists.resolve("transcriptions.txt"), "Facebook → Фејсбук\n", StandardCharsets.UTF_8);
        Files.writeString(lists.resolve("cyrillic-acronyms.txt"), "NATO\n", StandardCharsets.UTF_8);
        Files.writeString(lists.resolve("international-names.txt"), "UNDP\n", StandardCharsets.UTF_8);

        Hub.Run run = Hub.withInput("Na Facebook-u pišu UNDP, NATO i Danish Refugee Council-u.\n", "translit",
                "--to", "cyrl", "--plain", "--source", site.toString());

        assertEquals("На Фејсбуку пишу UNDP, НАТО и Danish Refugee Council-у.\n", run.out());
    }

    @Test
    void outsideASiteFolderNoDictionaryIsUsed(@TempDir Path empty) {
        Hub.Run run = Hub.withInput("IOM i Richard Kohli", "translit", "--to", "cyrl", "--plain",
                "--source", empty.toString());

        // "Richard" is spelt as Serbian never is (ch) and keeps its name Latin without a list (issue 11)
        assertEquals("ИОМ и Richard Kohli", run.out(), "acronyms are only kept by a list (or -{…}-)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cyr", "latin-serbian", "CYRL", ""})
    void anUnknownAlphabetIsAUsageErrorWithOneLineAndAPointerToHelp(String to) {
        Hub.Run run = Hub.withInput("Upravljanje", "translit", "--to", to);

        assertEquals(HubCommand.USAGE, run.exitCode());
        assertEquals(List.of("hub: --to must be 'cyrl' or 'latn', not '" + to + "'",
                "Run 'hub translit --help' for the options."), run.errLines());
        assertEquals("", run.out(), "nothing converted");
    }

    @Test
    void withoutToTheCommandSaysWhatIsMissing() {
        Hub.Run run = Hub.withInput("Upravljanje", "translit");

        assertEquals(HubCommand.USAGE, run.exitCode());
        assertEquals(List.of("hub: Missing required option: '--to=cyrl|latn'",
                "Run 'hub translit --help' for the options."), run.errLines());
    }
}
