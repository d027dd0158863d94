package rs.iom.hub.pipeline;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rs.iom.hub.problem.Problem;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A copy of the real site with one Serbian page that has no English version. */
class UntranslatedPageIT {
    private static final String PAGE = "sr/samo-na-srpskom/index.html";
    private static final String CYRILLIC_PAGE = "sr-cyrl/samo-na-srpskom/index.html";

    @TempDir
    static Path temp;
    static BakedSite site;

    @BeforeAll
    static void bakeACopyWithASerbianOnlyPage() {
        Path source = TestSites.copyOfRealSite(temp.resolve("source"));
        TestSites.write(source, "content/sr/samo-na-srpskom.md", """
                ---
                title: Samo na srpskom
                date: 2022-03-10
                type: page
                translationKey: samo-na-srpskom
                summary: Stranica koja još nije prevedena.
                ---

                Ova stranica još nema prevod na engleski jezik.
                """);
        site = TestSites.bake(source, temp.resolve("site"));
    }

    @Test
    void theMissingTranslationIsReportedAsAWarning() {
        List<Problem> problems = site.result().problems();

        assertEquals(1, problems.size(), problems::toString);
        assertEquals("content/sr/samo-na-srpskom.md", problems.get(0).file());
        assertEquals(5, problems.get(0).line());
        assertFalse(problems.get(0).isError());
    }

    @Test
    void theEnglishSwitcherEntryLeadsToTheEnglishHomePageWithAVisibleNote() {
        Element item = englishItem();

        Element link = item.selectFirst("a");
        assertNotNull(link);
        assertEquals(site.basePath() + "en/", link.attr("href"));
        assertEquals("en", link.child(0).attr("lang"));
        assertEquals("en", link.attr("hreflang"));
        Element note = item.selectFirst(".language-switcher__note");
        assertNotNull(note, "the reader is told why the link leads to the home page");
        assertEquals("(nije prevedeno, vodi na početnu)", note.text());
        assertVisible(note);
    }

    @Test
    void theCyrillicEditionOfThePageGivesTheNoteInCyrillic() {
        Element note = englishItem(CYRILLIC_PAGE).selectFirst(".language-switcher__note");

        assertNotNull(note, "the Cyrillic page tells why the link leads to the home page too");
        assertEquals("(није преведено, води на почетну)", note.text());
        assertEquals("sr-Cyrl", site.page(CYRILLIC_PAGE).selectFirst("html").attr("lang"));
    }

    @Test
    void theNoteIsInTheLanguageOfThePageNotOfTheLink() {
        Element note = englishItem().selectFirst(".language-switcher__note");

        assertFalse(note.hasAttr("lang"), "it inherits sr-Latn from the page");
        assertEquals("sr-Latn", site.page(PAGE).selectFirst("html").attr("lang"));
    }

    @Test
    void anUntranslatedPageHasOnlyItsSerbianAlternatesAndIsNotInTheEnglishEdition() {
        Document doc = site.page(PAGE);

        assertEquals(List.of("sr-Latn", "sr-Cyrl"), doc.select("link[rel=alternate][hreflang]").eachAttr("hreflang"),
                "its two Serbian editions, and no English one");
        assertEquals(site.urlOf(PAGE), doc.selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(site.files().stream().noneMatch(f -> f.startsWith("en/") && f.contains("samo-na-srpskom")));
    }

    @Test
    void thePageWithTheNoteIsValidHtml() {
        List<NuHtmlChecker.Message> errors = NuHtmlChecker.shared().check(site.bytes(PAGE), site.urlOf(PAGE))
                .stream().filter(NuHtmlChecker.Message::isError).toList();

        assertTrue(errors.isEmpty(), errors::toString);
    }

    @Test
    void translatedPagesOfTheSameSiteKeepTheirDirectLinks() {
        Element link = site.page("sr/o-projektu/index.html")
                .selectFirst("nav.language-switcher a[hreflang=en]");

        assertEquals(site.basePath() + "en/about/", link.attr("href"));
        assertTrue(link.parent().select(".language-switcher__note").isEmpty());
    }

    private static Element englishItem() {
        return englishItem(PAGE);
    }

    private static Element englishItem(String page) {
        Element link = site.page(page).selectFirst("nav.language-switcher a[hreflang=en]");
        assertNotNull(link, page + ": the switcher offers English");
        return link.parent();
    }

    /** Not hidden by attributes, by a hiding class, or by the site's stylesheet. */
    private static void assertVisible(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            assertFalse(e.hasAttr("hidden"), e.cssSelector() + " is hidden");
            assertFalse("true".equals(e.attr("aria-hidden")), e.cssSelector() + " is aria-hidden");
            assertFalse(e.hasClass("visually-hidden"), e.cssSelector() + " is visually hidden");
        }
        String css = site.text("css/site.css").replaceAll("\\s+", " ");
        java.util.regex.Matcher rules = java.util.regex.Pattern
                .compile("([^{}]*\\.language-switcher__note[^{}]*)\\{([^}]*)}").matcher(css);
        while (rules.find()) {
            String declarations = rules.group(2).replace(" ", "");
            assertFalse(declarations.contains("display:none") || declarations.contains("visibility:hidden")
                    || declarations.contains("clip:"), "the stylesheet hides the note: " + rules.group());
        }
    }
}
