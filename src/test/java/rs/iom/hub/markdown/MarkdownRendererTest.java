package rs.iom.hub.markdown;

import rs.iom.hub.layout.SiteLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import rs.iom.hub.problem.Problem;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownRendererTest {
    private static final String SOURCE = "content/sr/o-projektu.md";
    private final MarkdownRenderer renderer = MarkdownRenderer.forLanguage("sr");

    private RenderedMarkdown render(String markdown) {
        return renderer.render(SOURCE, markdown, 7);
    }

    /** No href or src holds anything but an allowed address or a token. */
    private static void assertNoScriptAddress(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(" (?:href|src)=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            String url = m.group(1);
            assertTrue(url.startsWith("hub:") || UrlSchemes.isAllowed(url), () -> url + " in " + html);
        }
    }

    @Test
    void aLinkWithAScriptSchemeInCapitalsGetsAHashInsteadOfItsAddress() {
        RenderedMarkdown result = render("[x](JavaScript:alert(1)) [y]( JAVASCRIPT:alert(2))");

        assertEquals("<p><a href=\"#\">x</a> <a href=\"#\">y</a></p>\n", result.html());
        assertEquals(List.of("JavaScript:alert(1)", "JAVASCRIPT:alert(2)"),
                result.links().stream().map(MarkdownLink::destination).toList());
    }

    @Test
    void anEntityEncodedSchemeIsDecodedBeforeItIsJudged() {
        RenderedMarkdown result = render("[x](&#106;avascript:alert(1)) [y](java&#9;script:alert(1))");

        assertNoScriptAddress(result.html());
        assertEquals("javascript:alert(1)", result.links().get(0).destination());
    }

    @Test
    void aReferenceDefinitionIsResolvedAndRecordedOnItsOwnLine() {
        RenderedMarkdown result = render("[x][r] and [r]\n\n[r]: JavaScript:alert(1)\n[p]: o-projektu.md\n\n[page][p]");

        assertNoScriptAddress(result.html());
        assertTrue(result.html().contains("<a href=\"hub:page:content/sr/o-projektu.md\">page</a>"), result.html());
        MarkdownLink definition = result.links().get(0);
        assertEquals(MarkdownLink.in(SiteLayout.DEFAULT, SOURCE, false, "JavaScript:alert(1)", "r", 9, 1, MarkdownLink.Part.TARGET), definition);
        assertEquals(MarkdownLink.in(SiteLayout.DEFAULT, SOURCE, false, "o-projektu.md", "p", 10, 1, MarkdownLink.Part.TARGET),
                result.links().get(1));
    }

    @Test
    void anImageReferenceIsCheckedForItsDescriptionWhereItIsUsed() {
        RenderedMarkdown result = render("![][slika]\n\n[slika]: slika.jpg");

        assertTrue(result.html().contains("src=\"hub:path:sr/slika.jpg\""), result.html());
        assertEquals(List.of(MarkdownLink.in(SiteLayout.DEFAULT, SOURCE, true, "slika.jpg", "", 7, 1, MarkdownLink.Part.TEXT),
                MarkdownLink.in(SiteLayout.DEFAULT, SOURCE, true, "slika.jpg", "slika", 9, 1, MarkdownLink.Part.TARGET)), result.links());
    }

    @Test
    void autolinksAndBareAddressesGoThroughTheSameAllowlist() {
        RenderedMarkdown result = render("<vbscript:msgbox(1)> <data:text/html,x> <HTTPS://example.org> "
                + "javascript://example.org/%0aalert(1) www.example.org");

        assertNoScriptAddress(result.html());
        assertTrue(result.html().contains("<a href=\"HTTPS://example.org\" rel=\"noopener noreferrer\">"),
                result.html());
        assertTrue(result.html().contains("<a href=\"http://www.example.org\" rel=\"noopener noreferrer\">"),
                result.html());
        assertTrue(result.html().contains("<a href=\"#\">vbscript:msgbox(1)</a> <a href=\"#\">data:text/html,x</a>"),
                result.html());
        assertEquals(List.of("vbscript:msgbox(1)", "data:text/html,x", "HTTPS://example.org",
                        "javascript://example.org/%0aalert(1)", "http://www.example.org"),
                result.links().stream().map(MarkdownLink::destination).toList());
    }

    @Test
    void aBareAddressBesideALinkIsStillALink() {
        String html = render("Izvor: [sajt grada](https://grad.example.rs/vesti), a i https://drugi.example.rs "
                + "i pisma na kontakt@example.rs.").html();

        assertTrue(html.contains("<a href=\"https://grad.example.rs/vesti\""), html);
        assertTrue(html.contains("<a href=\"https://drugi.example.rs\""), html);
        assertTrue(html.contains("<a href=\"mailto:kontakt@example.rs\""), html);
    }

    @Test
    void onlyAnAddressOutsideALinksDestinationIsLookedForAsABareOne() {
        assertFalse(MarkdownRenderer.mayHoldBareAddress("Vidi [izveštaj](https://example.rs/a.pdf) i "
                + "[pismo](mailto:a@example.rs \"naslov\")."));
        assertFalse(MarkdownRenderer.mayHoldBareAddress("Bez adresa."));
        assertTrue(MarkdownRenderer.mayHoldBareAddress("Vidi https://example.rs/a.pdf"));
        assertTrue(MarkdownRenderer.mayHoldBareAddress("Vidi (www.example.rs)"));
        assertTrue(MarkdownRenderer.mayHoldBareAddress("[tekst](<https://example.rs/a b.pdf>)"));
        assertTrue(MarkdownRenderer.mayHoldBareAddress("[https://example.rs](https://example.rs)"));
        assertTrue(MarkdownRenderer.mayHoldBareAddress("Pišite na a@example.rs."));
    }

    @Test
    void rawHtmlIsShownAsTextAndNeverMakesALink() {
        RenderedMarkdown result = render("<a href=\"javascript:alert(1)\">x</a>\n\ntext <a href=\"JavaScript:y\">z</a>");

        assertFalse(result.html().contains("<a "), result.html());
        assertFalse(result.rawHtml().isEmpty(), "reported as HTML shown as text");
    }

    @Test
    void anAuthorCannotWriteATokenAndTextThatLooksLikeOneStaysText() {
        RenderedMarkdown result = render("[x](hub:page:content/sr/o-projektu.md) prose hub:page:content/sr/a.md");

        assertEquals("<p><a href=\"#\">x</a> prose hub:page:content/sr/a.md</p>\n", result.html());
    }

    @Test
    void externalLinksOpenWithoutGivingAccessOrTheReferrer() {
        assertEquals("<p><a href=\"https://example.org\" rel=\"noopener noreferrer\">x</a></p>\n",
                render("[x](https://example.org)").html());
    }

    @Test
    void textAfterACommentOnTheSameLineIsKeptWithItsColumns() {
        RenderedMarkdown result = render("<!-- napomena --> Vidljiv [tekst](JavaScript:x)\n\n> <!-- a\n> b --> *citat*");

        assertEquals("<p>Vidljiv <a href=\"#\">tekst</a></p>\n<blockquote>\n<p><em>citat</em></p>\n</blockquote>\n",
                result.html());
        assertEquals(7, result.links().get(0).line());
        assertEquals(27, result.links().get(0).column(), "the column where the link is written");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard, not a timing
    void tenThousandNestedQuotesAreAnErrorOnTheirLineNotAStackOverflow() {
        RenderedMarkdown result = render("Tekst.\n\n" + ">".repeat(10_000) + " citat\n");

        assertEquals(List.of(SOURCE + ":9:1: error: the text is nested 10000 levels deep; at most 50 are possible"),
                result.problems().stream().map(Problem::headline).toList());
        assertEquals("", result.html());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void deeplyNestedListsEmphasisAndImagesAreErrorsToo() {
        for (String markdown : List.of("- ".repeat(10_000) + "x", "*a _b ".repeat(10_000) + "x" + " c_ d*".repeat(10_000),
                "![".repeat(10_000) + "x" + "](y)".repeat(10_000), "> - ".repeat(5_000) + "x")) {
            RenderedMarkdown result = render(markdown);

            assertEquals(1, result.problems().size(), () -> markdown.substring(0, 20) + ": " + result.problems());
            assertTrue(result.problems().get(0).message().startsWith("the text is nested "),
                    result.problems().get(0).message());
        }
    }

    @Test
    void ordinaryNestingIsFine() {
        RenderedMarkdown result = render("> - **a *b [c](o-projektu.md)* d**\n>   - e\n>     1. f\n\n" + "**bold** ".repeat(500));

        assertEquals(List.of(), result.problems());
    }

    @Test
    void aLineStartingWithThousandsOfDashesIsAnErrorNotAStackOverflow() {
        RenderedMarkdown result = render("-".repeat(100_000) + "x");

        assertEquals(1, result.problems().size());
        assertEquals("the line starts with 100000 dashes, asterisks or underscores, more than can be read",
                result.problems().get(0).message());
    }

    @Test
    void controlCharactersFromCharacterReferencesNeverReachTheOutput() {
        RenderedMarkdown result = render("a&#1;b&#x7F;c&#x85;d");

        assertEquals("<p>abcd</p>\n", result.html());
        assertEquals("abcd", result.firstParagraph());
    }
}
