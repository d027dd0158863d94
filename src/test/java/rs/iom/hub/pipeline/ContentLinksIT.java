package rs.iom.hub.pipeline;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Links written in content, which the real site does not have yet: a lead image and an image beside a news item, a
 * PDF document, a link to a heading of another page and to a page of the other language. A copy of the real site
 * with one more news item.
 */
class ContentLinksIT {
    private static final String PAGE = "sr/vesti/2022/vest-sa-slikom/index.html";

    @TempDir
    static Path temp;
    static Path source;
    static BakedSite site;

    @BeforeAll
    static void bakeACopyWithAttachments() throws Exception {
        source = TestSites.copyOfRealSite(temp.resolve("source"));
        Files.copy(source.resolve("assets/favicon.svg"), source.resolve("content/sr/vesti/2022/logo.svg"));
        TestSites.write(source, "content/sr/dokumenti/plan-rada-2022.pdf", "%PDF-1.4\n% test\n");
        TestSites.write(source, "content/sr/vesti/2022/vest-sa-slikom.md", """
                ---
                title: Vest sa slikom
                date: 2022-05-01
                translationKey: sastanak-upravnog-odbora-2022-03-slika
                image: logo.svg
                imageAlt: Logo projekta
                summary: Vest sa slikom, dokumentom i linkovima.
                ---

                Tekst sa slikom ![Logo u tekstu](logo.svg) i [planom rada](../../dokumenti/plan-rada-2022.pdf).

                Više o [Upravnom odboru](../../o-projektu.md#upravni-odbor), o [partnerima](/sr/partneri/) i
                [na engleskom](../../../en/about.md#steering-board).
                """);
        site = TestSites.bake(source, temp.resolve("site"));
    }

    @Test
    void attachmentsArePublishedBesideTheirPage() throws Exception {
        assertArrayEquals(Files.readAllBytes(source.resolve("content/sr/vesti/2022/logo.svg")),
                site.bytes("sr/vesti/2022/logo.svg"));
        assertTrue(site.exists("sr/dokumenti/plan-rada-2022.pdf"));
    }

    @Test
    void contentLinksPointToTheBakedFilesUnderTheBasePath() {
        Document doc = site.page(PAGE);

        assertEquals(List.of(site.basePath() + "sr/vesti/2022/logo.svg", site.basePath() + "sr/vesti/2022/logo.svg"),
                doc.select("main img").eachAttr("src"), "the lead image and the image in the text");
        assertEquals(List.of("Logo projekta", "Logo u tekstu"), doc.select("main img").eachAttr("alt"));
        List<String> links = doc.select(".prose a").eachAttr("href");
        assertEquals(List.of(site.basePath() + "sr/dokumenti/plan-rada-2022.pdf",
                site.basePath() + "sr/o-projektu/#upravni-odbor",
                site.basePath() + "sr/partneri/",
                site.basePath() + "en/about/#steering-board"), links);
    }

    @Test
    void everyInternalLinkAndFragmentOfTheSiteResolves() {
        SiteLinks.Report files = SiteLinks.files(site);
        SiteLinks.Report fragments = SiteLinks.fragments(site);

        assertTrue(files.broken().isEmpty(), files::describe);
        assertTrue(fragments.broken().isEmpty(), fragments::describe);
        assertTrue(fragments.checked() > site.htmlPages().size(), "heading links and content fragments were checked");
    }

    @Test
    void headingsHaveIdsThatLinksCanTarget() {
        Element heading = site.page("sr/o-projektu/index.html").getElementById("upravni-odbor");

        assertNotNull(heading);
        assertEquals("h2", heading.tagName());
        assertEquals("#upravni-odbor", heading.selectFirst("a").attr("href"), "a heading links to itself");
    }

    @Test
    void thePageWithImagesAndLinksIsValidHtml() {
        List<NuHtmlChecker.Message> errors = NuHtmlChecker.shared().check(site.bytes(PAGE), site.urlOf(PAGE))
                .stream().filter(NuHtmlChecker.Message::isError).toList();

        assertTrue(errors.isEmpty(), errors::toString);
    }
}
