package rs.iom.hub.check;

import rs.iom.hub.layout.SiteLayout;
import org.junit.jupiter.api.Test;
import rs.iom.hub.content.Document;
import rs.iom.hub.problem.Problem;
import rs.iom.hub.markdown.MarkdownLink;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static rs.iom.hub.content.Documents.page;

class LinkCheckerTest {
    private static final String HOME = "content/sr/index.md";
    private static final Document ABOUT = page("content/sr/o-projektu.md", "about", 3);

    private static MarkdownLink link(String destination) {
        return MarkdownLink.in(SiteLayout.DEFAULT, HOME, false, destination, "tekst", 13, 17);
    }

    @Test
    void aLinkToAPublishedPageIsFine() {
        LinkChecker checker = new LinkChecker(Map.of(ABOUT.source(), ABOUT), Set.of(HOME, ABOUT.source()), Set.of());

        assertTrue(checker.check(HOME, List.of(link("o-projektu.md"))).isEmpty());
    }

    @Test
    void aLinkToAMissingPageIsAnErrorAtTheLink() {
        LinkChecker checker = new LinkChecker(Map.of(), Set.of(HOME), Set.of());

        List<Problem> problems = checker.check(HOME, List.of(link("o-projketu.md")));

        assertEquals(1, problems.size());
        assertEquals(HOME + ":13:17: error: the link points to content/sr/o-projketu.md, which does not exist",
                problems.get(0).headline());
    }

    @Test
    void aLinkToADraftSaysThePageIsNotPublished() {
        LinkChecker checker = new LinkChecker(Map.of(), Set.of(HOME, ABOUT.source()), Set.of());

        List<Problem> problems = checker.check(HOME, List.of(link("o-projektu.md")));

        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().endsWith("which is not published (a draft, or dated in the future)"));
    }

    @Test
    void aLinkToAPageThatHasErrorsOfItsOwnIsNotReportedAsADraft() {
        LinkChecker checker = new LinkChecker(Map.of(), Set.of(HOME, ABOUT.source()), Set.of(),
                Set.of(ABOUT.source()));

        List<Problem> problems = checker.check(HOME, List.of(link("o-projektu.md")));

        assertEquals(List.of(), problems, "the page's own errors say what is wrong; the link is not");
    }

    @Test
    void linksToFilesAreCheckedAgainstTheSitePaths() {
        LinkChecker checker = new LinkChecker(Map.of(), Set.of(HOME), Set.of("sr/plan.pdf", "sr/vesti/index.html"));

        assertTrue(checker.check(HOME, List.of(link("plan.pdf"), link("/sr/vesti/"))).isEmpty());
        assertEquals(1, checker.check(HOME, List.of(link("plan.docx"))).size());
    }

    @Test
    void anImageWithoutDescriptionAndAnUnsafeSchemeAreErrors() {
        LinkChecker checker = new LinkChecker(Map.of(), Set.of(HOME), Set.of("sr/slika.jpg"));

        List<Problem> problems = checker.check(HOME, List.of(MarkdownLink.in(SiteLayout.DEFAULT, HOME, true, "slika.jpg", "", 3, 1),
                link("javascript:alert(1)")));

        assertEquals(List.of("the image has no description",
                        "the link 'javascript:alert(1)' uses an address type the site does not allow"),
                problems.stream().map(Problem::message).toList());
    }

    @Test
    void everyAddressTypeOutsideTheAllowlistIsAnErrorHoweverItIsSpelled() {
        LinkChecker checker = new LinkChecker(Map.of(), Set.of(HOME), Set.of());

        for (String url : List.of("JavaScript:alert(1)", "hub:page:content/sr/o-projektu.md", "data:text/html,x")) {
            List<Problem> problems = checker.check(HOME, List.of(link(url)));

            assertEquals(1, problems.size(), url);
            assertTrue(problems.get(0).message().endsWith("uses an address type the site does not allow"), url);
        }
    }

    @Test
    void anExternalImageIsAWarningBecauseThePageWillNotShowIt() {
        LinkChecker checker = new LinkChecker(Map.of(), Set.of(HOME), Set.of());

        List<Problem> problems = checker.check(HOME,
                List.of(MarkdownLink.in(SiteLayout.DEFAULT, HOME, true, "https://example.org/a.png", "Logo", 3, 1)));

        assertEquals(1, problems.size());
        assertFalse(problems.get(0).isError());
        assertTrue(problems.get(0).message().contains("will not be shown"), problems.get(0).message());
    }

    @Test
    void aReferenceIsCheckedForItsTargetAtItsDefinitionAndForItsTextWhereItIsUsed() {
        LinkChecker checker = new LinkChecker(Map.of(), Set.of(HOME), Set.of());

        List<Problem> problems = checker.check(HOME, List.of(
                MarkdownLink.in(SiteLayout.DEFAULT, HOME, true, "nema.jpg", "", 3, 1, MarkdownLink.Part.TEXT),
                MarkdownLink.in(SiteLayout.DEFAULT, HOME, true, "nema.jpg", "r", 5, 1, MarkdownLink.Part.TARGET)));

        assertEquals(List.of(HOME + ":3:1: error: the image has no description",
                HOME + ":5:1: error: the image points to 'nema.jpg', which does not exist"),
                problems.stream().map(Problem::headline).toList());
    }

    @Test
    void aDocumentLinkWhoseTextEndsWithItsTypeIsAWarningBecauseThePageAddsIt() {
        LinkChecker checker = new LinkChecker(Map.of(), Set.of(HOME), Set.of("sr/izvestaj.pdf", "sr/plan.docx"));
        MarkdownLink withType = MarkdownLink.in(SiteLayout.DEFAULT, HOME, false, "izvestaj.pdf", "Izveštaj 2022 (PDF)",
                5, 3);
        MarkdownLink withTypeAndSize = MarkdownLink.in(SiteLayout.DEFAULT, HOME, false, "plan.docx",
                "Plan rada [docx, 45 KB]", 6, 1);
        MarkdownLink external = MarkdownLink.in(SiteLayout.DEFAULT, HOME, false,
                "https://example.org/smernice.pdf?v=2", "Smernice (PDF)", 7, 1);

        List<Problem> problems = checker.check(HOME, List.of(withType, withTypeAndSize, external));

        assertEquals(List.of(HOME + ":5:3: warning: the link text ends with '(PDF)': the page adds the type and size of "
                        + "a document after its link itself, so readers would see it twice",
                HOME + ":6:1: warning: the link text ends with '[docx, 45 KB]': the page adds the type and size of a "
                        + "document after its link itself, so readers would see it twice",
                HOME + ":7:1: warning: the link text ends with '(PDF)': the page adds the type of a document after its "
                        + "link itself, so readers would see it twice"),
                problems.stream().map(Problem::headline).toList());
        assertEquals("leave it out: [Izveštaj 2022](izvestaj.pdf)", problems.get(0).hint());
    }

    @Test
    void aTypeNamedElsewhereInTheTextOrForAnotherFileIsFine() {
        LinkChecker checker = new LinkChecker(Map.of(), Set.of(HOME), Set.of("sr/izvestaj.pdf", "sr/slika.jpg"));

        assertEquals(List.of(), checker.check(HOME, List.of(
                MarkdownLink.in(SiteLayout.DEFAULT, HOME, false, "izvestaj.pdf", "PDF izveštaja za 2022.", 1, 1),
                MarkdownLink.in(SiteLayout.DEFAULT, HOME, false, "izvestaj.pdf", "Izveštaj (2022)", 2, 1),
                MarkdownLink.in(SiteLayout.DEFAULT, HOME, false, "slika.jpg", "Slika (JPG)", 3, 1))));
    }
}
