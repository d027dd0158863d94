package rs.iom.hub.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rs.iom.hub.cli.Converters;
import rs.iom.hub.jbake.JBakeEngine;
import rs.iom.hub.problem.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A preview re-bake takes the planned pages and the link findings of unchanged documents from the previous bake
 * ({@link rs.iom.hub.plan.PlanMemory}, {@link rs.iom.hub.check.LinkMemory}): after edits that change what a page
 * shows of <em>another</em> document — a translation's title, path or key, a date that moves the neighbours, the
 * settings — or what a link leads to, the preview must still equal a full build, and say the same problems.
 */
class PreviewMemoryIT {
    private static final String SR_NEWS = "content/sr/vesti/2022/"
            + "svajcarska-podrzava-jacanje-kapaciteta-za-upravljanje-migracijama.md";
    private static final String EN_NEWS = "content/en/vesti/2022/"
            + "switzerland-supports-capacity-building-for-migration-management.md";
    private static final String SR_PAIR = "content/sr/vesti/2023/par.md";
    private static final String EN_PAIR = "content/en/vesti/2023/pair.md";
    private static final String EN_PAIR_MOVED = "content/en/vesti/2023/pair-moved.md";

    @TempDir
    Path temp;
    Path source;
    Path preview;
    int fresh;

    private BuildOptions options(Path output) {
        return new BuildOptions(source, output, TestSites.BASE_URL, false, TestSites.TODAY, false);
    }

    private Pipeline previewPipeline() {
        return Pipeline.forPreview(new JBakeEngine(), new DocumentCache(), Converters.standard(source));
    }

    private BuildResult freshResult() {
        return Pipeline.of(new JBakeEngine(), Converters.standard(source)).build(options(temp.resolve("fresh-" + ++fresh)));
    }

    private void assertUpdateEqualsAFullBuild(Pipeline builder, String after) {
        BuildResult update = builder.update(options(preview));
        assertTrue(update.success(), () -> after + ": " + update.problems());
        BuildResult full = freshResult();
        assertTrue(full.success(), () -> after + ": " + full.problems());
        assertEquals(full.problems(), update.problems(), after + ": the same problems");
        Map<String, byte[]> incremental = SiteFolders.snapshot(preview);
        Map<String, byte[]> fresh = SiteFolders.snapshot(temp.resolve("fresh-" + this.fresh));
        assertEquals(fresh.keySet(), incremental.keySet(), after + ": the same files");
        SiteFolders.assertSame(fresh, incremental);
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = source.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " contains " + from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private String page(String file) throws IOException {
        return Files.readString(preview.resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void editsOfATranslationAreSeenOnThePagesOfItsOtherVersions() throws IOException {
        source = TestSites.copyOfRealSite(temp.resolve("source"));
        preview = temp.resolve("preview");
        try (Pipeline builder = previewPipeline()) {
            assertTrue(builder.build(options(preview)).success());
            String srPage = "sr/vesti/2022/svajcarska-podrzava-jacanje-kapaciteta-za-upravljanje-migracijama/index.html";
            assertTrue(page(srPage).contains("switzerland-supports-capacity-building"), "links its translation");

            edit(EN_NEWS, "title: ", "title: Still ");
            assertUpdateEqualsAFullBuild(builder, "an edit of the translation's title");

            edit(EN_NEWS, "translationKey: sastanak-upravnog-odbora-2022-03", "translationKey: another-meeting");
            assertUpdateEqualsAFullBuild(builder, "a translation key that no longer links the versions");
            assertFalse(page(srPage).contains("switzerland-supports-capacity-building"), "no translation any more");

            edit(EN_NEWS, "translationKey: another-meeting", "translationKey: sastanak-upravnog-odbora-2022-03");
            assertUpdateEqualsAFullBuild(builder, "the key back");

            TestSites.writeNews(source, SR_PAIR, "Par", LocalDate.of(2023, 6, 1), "par", "Tekst.");
            TestSites.writeNews(source, EN_PAIR, "Pair", LocalDate.of(2023, 6, 1), "par", "Text.");
            assertUpdateEqualsAFullBuild(builder, "a news item in both languages");
            Files.move(source.resolve(EN_PAIR), source.resolve(EN_PAIR_MOVED));
            assertUpdateEqualsAFullBuild(builder, "a new path of the translation");
            assertTrue(page("sr/vesti/2023/par/index.html").contains("pair-moved"), "links the new path");
        }
    }

    @Test
    void aDateThatMovesANewsItemAndSettingsChangesEqualAFullBuild() throws IOException {
        source = TestSites.copyOfRealSite(temp.resolve("source"));
        preview = temp.resolve("preview");
        for (int month = 1; month <= 4; month++) {
            TestSites.writeNews(source, "content/sr/vesti/2023/vest-" + month + ".md", "Vest broj " + month,
                    LocalDate.of(2023, month, 10), "vest-" + month, "Tekst vesti " + month + ".");
        }
        try (Pipeline builder = previewPipeline()) {
            assertTrue(builder.build(options(preview)).success());

            // from between the second and third to the newest: four pages get other neighbours
            edit("content/sr/vesti/2023/vest-2.md", "date: 2023-02-10", "date: 2023-12-10");
            assertUpdateEqualsAFullBuild(builder, "a date that makes a news item the newest");

            TestSites.setProperty(source, "hub.news.per-page", "2");
            assertUpdateEqualsAFullBuild(builder, "fewer news per page");

            TestSites.setProperty(source, "hub.edit.url", "https://example.org/edit/");
            assertUpdateEqualsAFullBuild(builder, "another edit address (on every document's page)");
            assertTrue(page("sr/vesti/2023/vest-1/index.html").contains("https://example.org/edit/"));

            edit("data/i18n/sr.yaml", "home: Početna", "home: Naslovna");
            assertUpdateEqualsAFullBuild(builder, "a UI text");
        }
    }

    @Test
    void aLinkIsCheckedAgainWhenWhatItLeadsToComesOrGoes() throws IOException {
        source = TestSites.copyOfRealSite(temp.resolve("source"));
        preview = temp.resolve("preview");
        String linking = "content/sr/vesti/2023/poziv.md";
        String linked = "content/sr/vesti/2023/obuka.md";
        TestSites.writeNews(source, linking, "Poziv", LocalDate.of(2023, 5, 1), "poziv",
                "Pogledajte [obuku](obuka.md).\n\n![Logo](https://example.org/logo.png)");
        try (Pipeline builder = previewPipeline()) {
            BuildResult first = builder.build(options(preview));
            assertFalse(first.success(), "the linked page does not exist yet");
            assertTrue(mentions(first, linking, "obuka.md, which does not exist"), first.problems()::toString);

            TestSites.writeNews(source, linked, "Obuka", LocalDate.of(2023, 4, 1), "obuka", "Tekst.");
            assertUpdateEqualsAFullBuild(builder, "the linked page added");

            // an edit elsewhere: the warning about the picture on another site is still reported
            edit(SR_NEWS, "navela je Lidija Marković", "rekla je Lidija Marković");
            assertUpdateEqualsAFullBuild(builder, "an edit of another file");
            assertTrue(mentions(builder.update(options(preview)), linking, "on another site"));

            Files.delete(source.resolve(linked));
            BuildResult gone = builder.update(options(preview));
            assertFalse(gone.success(), "the link leads nowhere again");
            assertTrue(mentions(gone, linking, "obuka.md, which does not exist"), gone.problems()::toString);

            TestSites.writeNews(source, linked, "Obuka", LocalDate.of(2023, 4, 1), "obuka", "Tekst.");
            assertUpdateEqualsAFullBuild(builder, "the linked page back");
        }
    }

    private static boolean mentions(BuildResult result, String file, String text) {
        return result.problems().stream().map(Problem::format).anyMatch(p -> p.contains(file) && p.contains(text));
    }
}
