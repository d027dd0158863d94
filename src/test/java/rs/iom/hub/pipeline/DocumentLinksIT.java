package rs.iom.hub.pipeline;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rs.iom.hub.cli.Converters;
import rs.iom.hub.jbake.JBakeEngine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A news item links a PDF and a Word document beside it (and a PDF on another site): in all three editions the links
 * say the type and size in the edition's number format, inside the link (so it is part of what a screen reader
 * says), in Latin letters in the Cyrillic edition too; the Documents page lists the same documents the same way; the
 * pages stay valid HTML; and a document replaced by one of another size changes the pages that link to it, in the
 * preview and in a cached rebuild where no page changed.
 */
class DocumentLinksIT {
    private static final String SR_NEWS = TestSites.SEED_REPORT;
    private static final String EN_NEWS = "content/en/vesti/2022/"
            + "switzerland-supports-capacity-building-for-migration-management.md";
    private static final String PDF = "content/sr/vesti/2022/izvestaj-2022.pdf";
    private static final String DOCX = "content/sr/vesti/2022/plan-rada.docx";
    private static final String SR_PAGE = "sr/vesti/2022/svajcarska-podrzava-jacanje-kapaciteta-za-upravljanje-"
            + "migracijama/index.html";
    private static final String CYRL_PAGE = SR_PAGE.replaceFirst("^sr/", "sr-cyrl/");
    private static final String EN_PAGE = "en/news/2022/switzerland-supports-capacity-building-for-migration-"
            + "management/index.html";
    /** 1.2 MB (1,258,291 bytes: 1.19999… MB). */
    private static final int PDF_BYTES = 1_258_291;
    /** 45 kB. */
    private static final int DOCX_BYTES = 45 * 1024;

    @TempDir
    Path temp;

    /** A copy of the real site whose news item links a PDF, a Word document and a PDF on another site. */
    private Path siteWithDocuments() throws IOException {
        Path site = TestSites.copyOfRealSite(temp.resolve("site"));
        writePdf(site, PDF_BYTES);
        Files.write(site.resolve(DOCX), file("PK\u0003\u0004", DOCX_BYTES));
        append(site, SR_NEWS, "\n\nPreuzmite [Izveštaj 2022](izvestaj-2022.pdf) i [plan rada](plan-rada.docx), "
                + "ili pročitajte [smernice](https://example.org/files/smernice.pdf?v=2#strana-3).\n");
        append(site, EN_NEWS, "\n\nDownload the [Report 2022](../../../sr/vesti/2022/izvestaj-2022.pdf) and the "
                + "[work plan](/sr/vesti/2022/plan-rada.docx), or read the "
                + "[guidelines](https://example.org/files/guidelines.pdf).\n");
        append(site, "content/sr/dokumenti.md", "\n## Preuzimanje\n\n- [Izveštaj 2022](vesti/2022/izvestaj-2022.pdf)\n"
                + "- [Plan rada](vesti/2022/plan-rada.docx)\n");
        return site;
    }

    private static void writePdf(Path site, int bytes) throws IOException {
        Files.write(site.resolve(PDF), file("%PDF-1.7\n", bytes));
    }

    private static byte[] file(String head, int size) {
        byte[] bytes = new byte[size];
        byte[] start = head.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(start, 0, bytes, 0, start.length);
        return bytes;
    }

    private static void append(Path site, String file, String text) throws IOException {
        Files.writeString(site.resolve(file), text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    }

    /** The link whose address ends in {@code ending}, on {@code page}. */
    private static Element link(Document page, String ending) {
        Element link = page.selectFirst(".prose a[href*=" + ending + "]");
        assertNotNull(link, () -> "no link to " + ending + " in " + page.location());
        return link;
    }

    @Test
    void linksToDocumentsSayTheirTypeAndSizeInEveryEdition() throws IOException {
        BakedSite baked = TestSites.bake(siteWithDocuments(), temp.resolve("out"));

        Document sr = baked.page(SR_PAGE);
        assertEquals("Izveštaj 2022 (PDF, 1,2 MB)", link(sr, "izvestaj-2022.pdf").text());
        assertEquals("plan rada (DOCX, 45 kB)", link(sr, "plan-rada.docx").text());
        assertEquals("smernice (PDF)", link(sr, "smernice.pdf").text());

        Document cyrl = baked.page(CYRL_PAGE);
        assertEquals("Извештај 2022 (PDF, 1,2 MB)", link(cyrl, "izvestaj-2022.pdf").text());
        assertEquals("план рада (DOCX, 45 kB)", link(cyrl, "plan-rada.docx").text());
        assertEquals("смернице (PDF)", link(cyrl, "smernice.pdf").text());

        Document en = baked.page(EN_PAGE);
        assertEquals("Report 2022 (PDF, 1.2 MB)", link(en, "izvestaj-2022.pdf").text());
        assertEquals("work plan (DOCX, 45 kB)", link(en, "plan-rada.docx").text());
        assertEquals("guidelines (PDF)", link(en, "guidelines.pdf").text());

        for (Document page : List.of(sr, cyrl, en)) {
            Element pdf = link(page, "izvestaj-2022.pdf");
            assertEquals(baked.basePath() + "sr/vesti/2022/izvestaj-2022.pdf", pdf.attr("href"));
            Element note = pdf.selectFirst("span.prose__file");
            assertNotNull(note, "the type and size are inside the link: part of its accessible name");
            assertEquals("", note.attr("lang"), "the same language as the page");
            assertNull(pdf.selectFirst("[aria-hidden], [aria-label]"), "nothing hides the note or replaces the name");
        }
        assertTrue(baked.exists("sr/vesti/2022/izvestaj-2022.pdf"));
        assertEquals(PDF_BYTES, baked.bytes("sr/vesti/2022/izvestaj-2022.pdf").length);
    }

    @Test
    void theDocumentsPageListsTheDocumentsWithTypeAndSize() throws IOException {
        BakedSite baked = TestSites.bake(siteWithDocuments(), temp.resolve("out"));

        Document sr = baked.page("sr/dokumenti/index.html");
        assertEquals("Izveštaj 2022 (PDF, 1,2 MB)", link(sr, "izvestaj-2022.pdf").text());
        assertEquals("Plan rada (DOCX, 45 kB)", link(sr, "plan-rada.docx").text());
        Document cyrl = baked.page("sr-cyrl/dokumenti/index.html");
        assertEquals("Извештај 2022 (PDF, 1,2 MB)", link(cyrl, "izvestaj-2022.pdf").text());
        assertEquals("План рада (DOCX, 45 kB)", link(cyrl, "plan-rada.docx").text());
    }

    @Test
    void pagesWithDocumentLinksAreValidHtml() throws IOException {
        BakedSite baked = TestSites.bake(siteWithDocuments(), temp.resolve("out"));
        List<String> failures = new ArrayList<>();
        for (String page : List.of(SR_PAGE, CYRL_PAGE, EN_PAGE, "sr/dokumenti/index.html",
                "sr-cyrl/dokumenti/index.html")) {
            for (NuHtmlChecker.Message message : NuHtmlChecker.shared().check(baked.bytes(page), baked.urlOf(page))) {
                if (message.isError()) {
                    failures.add(page + ":" + message);
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void aDocumentOfAnotherSizeIsShownWithItInACachedRebuildWithoutOtherChanges() throws IOException {
        Path site = siteWithDocuments();
        Path output = temp.resolve("out");
        CacheKey key = CacheKey.of("a key for the tests, 32 bytes lo".getBytes(StandardCharsets.US_ASCII));
        BuildOptions options = new BuildOptions(site, output, TestSites.BASE_URL, false, TestSites.TODAY, false);
        BuildResult first = Pipeline.of(new JBakeEngine(), Converters.standard(site))
                .withCache(BuildCache.in(site, key)).build(options);
        assertTrue(first.success(), first.problems()::toString);
        BuildResult unchanged = Pipeline.of(new JBakeEngine(), Converters.standard(site))
                .withCache(BuildCache.in(site, key)).build(options);
        assertEquals(0, unchanged.pages(), "nothing changed, nothing written");

        writePdf(site, 3 * 1024 * 1024 + 300 * 1024);
        BuildResult rebuilt = Pipeline.of(new JBakeEngine(), Converters.standard(site))
                .withCache(BuildCache.in(site, key)).build(options);
        assertTrue(rebuilt.success(), rebuilt.problems()::toString);
        assertTrue(rebuilt.pages() > 0, "the pages that link the PDF are written again");
        BakedSite baked = new BakedSite(output, TestSites.BASE_URL, rebuilt);
        assertEquals("Izveštaj 2022 (PDF, 3,3 MB)", link(baked.page(SR_PAGE), "izvestaj-2022.pdf").text());
        assertEquals("Извештај 2022 (PDF, 3,3 MB)", link(baked.page(CYRL_PAGE), "izvestaj-2022.pdf").text());
        assertEquals("Report 2022 (PDF, 3.3 MB)", link(baked.page(EN_PAGE), "izvestaj-2022.pdf").text());
        assertEquals("Izveštaj 2022 (PDF, 3,3 MB)", link(baked.page("sr/dokumenti/index.html"),
                "izvestaj-2022.pdf").text());
        SiteFolders.assertSame(TestSites.bake(site, temp.resolve("clean")).root(), output);
    }

    @Test
    void aDocumentOfAnotherSizeIsShownWithItInThePreview() throws IOException {
        Path site = siteWithDocuments();
        Path preview = temp.resolve("preview");
        BuildOptions options = new BuildOptions(site, preview, TestSites.BASE_URL, false, TestSites.TODAY, false);
        try (Pipeline builder = Pipeline.forPreview(new JBakeEngine(), new DocumentCache(),
                Converters.standard(site))) {
            assertTrue(builder.build(options).success());

            writePdf(site, 2 * 1024 * 1024);
            BuildResult update = builder.update(options);
            assertTrue(update.success(), update.problems()::toString);
            BakedSite baked = new BakedSite(preview, TestSites.BASE_URL, update);
            assertEquals("Izveštaj 2022 (PDF, 2 MB)", link(baked.page(SR_PAGE), "izvestaj-2022.pdf").text());
            assertEquals("Report 2022 (PDF, 2 MB)", link(baked.page(EN_PAGE), "izvestaj-2022.pdf").text());
            assertEquals(2 * 1024 * 1024, Files.size(preview.resolve("sr/vesti/2022/izvestaj-2022.pdf")));
            Map<String, byte[]> full = SiteFolders.snapshot(TestSites.bake(site, temp.resolve("fresh")).root());
            SiteFolders.assertSame(full, SiteFolders.snapshot(preview));
        }
    }
}
