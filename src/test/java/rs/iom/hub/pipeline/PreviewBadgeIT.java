package rs.iom.hub.pipeline;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rs.iom.hub.cli.Converters;
import rs.iom.hub.jbake.JBakeEngine;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In the preview, a draft and a news item dated in the future carry a badge that says readers cannot see them yet,
 * in the edition's language; a build never shows one, not even {@code hub build --drafts}.
 */
class PreviewBadgeIT {
    @TempDir
    static Path temp;
    static BakedSite preview;
    static BakedSite build;

    @BeforeAll
    static void bakeADraftAndAScheduledItemForThePreviewAndForABuild() {
        Path source = TestSites.copyOfRealSite(temp.resolve("site"));
        TestSites.write(source, "content/sr/vesti/2024/nacrt.md", "---\ntitle: Obuka u Subotici\ndate: 2024-03-02\n"
                + "status: draft\ntranslationKey: draft-2024\n---\n\nTekst.\n");
        TestSites.write(source, "content/en/news/2024/draft.md", "---\ntitle: Training in Subotica\n"
                + "date: 2024-03-02\nstatus: draft\ntranslationKey: draft-2024\n---\n\nText.\n");
        TestSites.writeNews(source, "content/sr/vesti/2025/zakazano.md", "Sastanak u martu", LocalDate.of(2025, 3, 1),
                "scheduled-2025", "Tekst.");
        TestSites.writeNews(source, "content/en/news/2025/scheduled.md", "Meeting in March", LocalDate.of(2025, 3, 1),
                "scheduled-2025", "Text.");
        BuildOptions options = new BuildOptions(source, temp.resolve("preview"), TestSites.BASE_URL, true,
                TestSites.TODAY, false);
        try (Pipeline pipeline = Pipeline.forPreview(new JBakeEngine(), new DocumentCache(),
                Converters.standard(source))) {
            BuildResult result = pipeline.build(options);
            assertTrue(result.success(), result.problems()::toString);
            preview = new BakedSite(options.output(), TestSites.BASE_URL, result);
        }
        BuildResult built = Pipeline.of(new JBakeEngine(), Converters.standard(source)).build(new BuildOptions(source,
                temp.resolve("build"), TestSites.BASE_URL, true, TestSites.TODAY, false));
        assertTrue(built.success(), built.problems()::toString);
        build = new BakedSite(temp.resolve("build"), TestSites.BASE_URL, built);
    }

    private static String badge(BakedSite site, String file) {
        Document page = site.page(file);
        return page.select(".article__badge").text();
    }

    @Test
    void aDraftIsMarkedInThePreviewInEachEditionsLanguage() {
        assertEquals("Nacrt – vidi se samo u pregledu", badge(preview, "sr/vesti/2024/nacrt/index.html"));
        assertEquals("Нацрт – види се само у прегледу", badge(preview, "sr-cyrl/vesti/2024/nacrt/index.html"));
        assertEquals("Draft – shown only in the preview", badge(preview, "en/news/2024/draft/index.html"));
    }

    @Test
    void aNewsItemDatedInTheFutureIsMarkedAsScheduled() {
        assertEquals("Zakazano – vidi se samo u pregledu do datuma objave",
                badge(preview, "sr/vesti/2025/zakazano/index.html"));
        assertEquals("Scheduled – shown only in the preview until its date",
                badge(preview, "en/news/2025/scheduled/index.html"));
    }

    @Test
    void aBuildWithDraftsShowsNoBadge() {
        assertTrue(build.exists("sr/vesti/2024/nacrt/index.html"), "hub build --drafts publishes the draft");
        assertEquals("", badge(build, "sr/vesti/2024/nacrt/index.html"));
        assertEquals("", badge(build, "en/news/2025/scheduled/index.html"));
        assertEquals("", badge(preview, "sr/o-projektu/index.html"), "a published page has none");
    }
}
