package rs.iom.hub.pipeline;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rs.iom.hub.cli.Hub;
import rs.iom.hub.cli.HubCommand;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Serbian sources in either alphabet, keep marks {@code -{…}-} and the site dictionary: a copy of the real site with
 * a page written in Cyrillic, a kept passage in a Latin page, two dictionary entries (one of them with a Cyrillic
 * letter pasted in) — baked with both Serbian editions.
 */
class CyrillicSourcesIT {
    private static final String CYRILLIC_PAGE = "content/sr/saradnja.md";
    private static final String DICTIONARY = "data/translit/keep-latin.txt";
    /** „UNHCR“ with a Cyrillic С (U+0421), as pasted from a document. */
    private static final String PASTED_ENTRY = "UNH\u0421R";

    @TempDir
    static Path temp;
    static Path source;
    static BakedSite site;
    static int pastedEntryLine;

    @BeforeAll
    static void bakeACopyWithCyrillicSourcesKeepMarksAndDictionaryEntries() throws IOException {
        source = TestSites.copyOfRealSite(temp.resolve("source"));
        TestSites.write(source, CYRILLIC_PAGE, """
                ---
                title: Сарадња у граду -{Београд}-
                date: 2023-05-10
                translationKey: saradnja
                summary: Страница написана ћирилицом; -{Београд}- остаје ћирилицом.
                ---

                Ова страница је написана ћирилицом. Град -{Београд}- остаје исти у оба издања.

                Организација Caritas Србија подржава пројекат.
                """);
        TestSites.write(source, "content/en/cooperation.md", "---\ntitle: Cooperation\ndate: 2023-05-10\n"
                + "translationKey: saradnja\n---\n\nCooperation in Belgrade.\n");
        Path about = source.resolve("content/sr/o-projektu.md");
        Files.writeString(about, "\nKancelarija -{Swiss Cooperation Office}- u Beogradu i Caritas Srbija pomažu.\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Path dictionary = source.resolve(DICTIONARY);
        Files.writeString(dictionary, "Caritas\n" + PASTED_ENTRY + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        pastedEntryLine = Files.readAllLines(dictionary, StandardCharsets.UTF_8).indexOf(PASTED_ENTRY) + 1;
        site = TestSites.bake(source, temp.resolve("site"));
    }

    private static Element prose(String page) {
        Element prose = site.page(page).selectFirst("main .prose");
        assertNotNull(prose, page);
        return prose;
    }

    @Test
    void aPageWrittenInCyrillicIsShownInLatinInTheLatinEdition() {
        Document doc = site.page("sr/saradnja/index.html");

        assertEquals("Saradnja u gradu Београд", doc.selectFirst("h1").text(), "the kept word stays Cyrillic");
        assertEquals("Ova stranica je napisana ćirilicom. Grad Београд ostaje isti u oba izdanja.",
                prose("sr/saradnja/index.html").selectFirst("p").text());
        assertEquals("Београд", prose("sr/saradnja/index.html").selectFirst("span[lang=sr-Cyrl]").text(),
                "a kept Cyrillic passage in a Latin page says it is Cyrillic");
        assertEquals("Organizacija Caritas Srbija podržava projekat.",
                prose("sr/saradnja/index.html").select("p").get(1).text());
        assertEquals("Stranica napisana ćirilicom; Београд ostaje ćirilicom.",
                doc.selectFirst("meta[name=description]").attr("content"));
    }

    @Test
    void aPageWrittenInCyrillicIsShownAsWrittenInTheCyrillicEdition() {
        Document doc = site.page("sr-cyrl/saradnja/index.html");

        assertEquals("Сарадња у граду Београд", doc.selectFirst("h1").text());
        assertEquals("Ова страница је написана ћирилицом. Град Београд остаје исти у оба издања.",
                prose("sr-cyrl/saradnja/index.html").selectFirst("p").text());
        assertEquals("Организација Caritas Србија подржава пројекат.",
                prose("sr-cyrl/saradnja/index.html").select("p").get(1).text(), "Caritas is in the dictionary");
        assertEquals(List.of(), prose("sr-cyrl/saradnja/index.html").select("span[lang]").eachText(),
                "nothing in it is in another script");
    }

    @Test
    void aKeptPassageInALatinPageStaysLatinInTheCyrillicEditionMarkedAsLatin() {
        Element last = prose("sr-cyrl/o-projektu/index.html").select("p").last();

        assertEquals("Канцеларија Swiss Cooperation Office у Београду и Caritas Србија помажу.", last.text());
        Element kept = last.selectFirst("span[lang=sr-Latn]");
        assertNotNull(kept, last.outerHtml());
        assertEquals("Swiss Cooperation Office", kept.text());
        assertEquals("Kancelarija Swiss Cooperation Office u Beogradu i Caritas Srbija pomažu.",
                prose("sr/o-projektu/index.html").select("p").last().text(), "the Latin edition shows it as written");
    }

    @Test
    void keepMarksAreNeverShownInAnyEditionOrFile() {
        List<String> shown = new ArrayList<>();
        for (String file : site.files()) {
            if (file.endsWith(".html") || file.endsWith(".xml") || file.endsWith(".json")) {
                String text = site.text(file);
                if (text.contains("-{") || text.contains("}-")) {
                    int at = Math.max(text.indexOf("-{"), text.indexOf("}-"));
                    shown.add(file + ": …" + text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40)));
                }
            }
        }
        assertEquals(List.of(), shown);
        assertTrue(site.text("sr/saradnja/index.html").contains("Београд"), "the kept text itself is there");
    }

    @Test
    void aWordAddedToTheSiteDictionaryStaysLatinAndWithoutItWouldNot() {
        assertTrue(prose("sr-cyrl/o-projektu/index.html").text().contains("Caritas Србија"));

        Hub.Run withEntry = Hub.withInput("Caritas Srbija", "translit", "--to", "cyrl", "--plain",
                "--source", source.toString());
        Hub.Run realDictionary = Hub.withInput("Caritas Srbija", "translit", "--to", "cyrl", "--plain",
                "--source", TestSites.projectDir().toString());
        assertEquals("Caritas Србија", withEntry.out());
        assertEquals("Царитас Србија", realDictionary.out(), "the real dictionary has no such entry");
    }

    @Test
    void aDictionaryEntryWithACyrillicLetterIsAWarningAtItsLine() {
        Hub.Run check = Hub.run("check", "--source", source.toString());

        assertEquals(List.of(
                DICTIONARY + ":" + pastedEntryLine + ":1: warning: \"" + PASTED_ENTRY + "\" contains Cyrillic letters "
                        + "(\u0421); entries are the Latin words to keep",
                "    hint: one entry per line: a name, acronym or brand written in Latin letters"),
                check.outLinesWithoutNotes().subList(0, 2));
        assertTrue(check.outLinesWithoutNotes().get(2).startsWith("0 errors, 1 warning in "), check::out);
        assertEquals(HubCommand.OK, check.exitCode());
    }
}
