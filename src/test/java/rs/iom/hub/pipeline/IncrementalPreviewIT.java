package rs.iom.hub.pipeline;

import rs.iom.hub.pipeline.DocumentCache;
import rs.iom.hub.pipeline.BuildResult;
import rs.iom.hub.pipeline.BuildOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rs.iom.hub.cli.Converters;

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
 * The preview's incremental re-bake ({@link rs.iom.hub.pipeline.Pipeline#update}) writes exactly what a full build of the same sources
 * writes: after every change, every file of the preview folder is compared byte for byte with a fresh
 * {@link rs.iom.hub.pipeline.Pipeline#build} of the same sources with the same base URL.
 */
class IncrementalPreviewIT {
    private static final String SR_NEWS = "content/sr/vesti/2022/"
            + "svajcarska-podrzava-jacanje-kapaciteta-za-upravljanje-migracijama.md";
    private static final String SR_ADDED = "content/sr/vesti/2024/obuka-u-subotici.md";
    private static final String EN_ADDED = "content/en/news/2024/training-in-subotica.md";

    @TempDir
    Path temp;
    Path source;
    Path preview;
    int fresh;

    private BuildOptions options(Path output) {
        return new BuildOptions(source, output, TestSites.BASE_URL, false, TestSites.TODAY, false);
    }

    /** A full build of the current sources into a new folder, by a builder that has seen nothing before. */
    private Map<String, byte[]> freshBuild() {
        Path output = temp.resolve("fresh-" + ++fresh);
        BuildResult result = rs.iom.hub.pipeline.Pipeline.of(new rs.iom.hub.jbake.JBakeEngine(), Converters.standard(source)).build(options(output));
        assertTrue(result.success(), result.problems()::toString);
        return SiteFolders.snapshot(output);
    }

    private void assertUpdateEqualsAFullBuild(rs.iom.hub.pipeline.Pipeline builder, String after) {
        BuildResult update = builder.update(options(preview));
        assertTrue(update.success(), () -> after + ": " + update.problems());
        Map<String, byte[]> incremental = SiteFolders.snapshot(preview);
        Map<String, byte[]> full = freshBuild();
        assertEquals(full.keySet(), incremental.keySet(), after + ": the same files");
        SiteFolders.assertSame(full, incremental);
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = source.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " contains " + from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void aRehearsalWritesNothingAndTheEditAfterItIsSeenInFull() throws IOException {
        source = TestSites.copyOfRealSite(temp.resolve("source"));
        preview = temp.resolve("preview");
        try (rs.iom.hub.pipeline.Pipeline builder = rs.iom.hub.pipeline.Pipeline.forPreview(new rs.iom.hub.jbake.JBakeEngine(), new DocumentCache(), Converters.standard(source))) {
            assertTrue(builder.build(options(preview)).success());
            Map<String, byte[]> before = SiteFolders.snapshot(preview);

            builder.rehearse(options(preview));
            SiteFolders.assertSame(before, SiteFolders.snapshot(preview));

            // the rehearsal read the last content file again: an edit of it right after is still a change
            String last;
            try (java.util.stream.Stream<Path> files = Files.walk(source.resolve("content"))) {
                last = files.filter(f -> f.toString().endsWith(".md")).map(f -> source.relativize(f).toString())
                        .max(String::compareTo).orElseThrow();
            }
            Files.writeString(source.resolve(last), Files.readString(source.resolve(last))
                    + "\n\nJoš jedna rečenica posle probe.\n");
            assertUpdateEqualsAFullBuild(builder, "an edit after the rehearsal");
            assertTrue(SiteFolders.snapshot(preview).values().stream()
                    .anyMatch(page -> new String(page, StandardCharsets.UTF_8).contains("posle probe")), last);
        }
    }

    @Test
    void theIncrementalPreviewEqualsAFullBuildAfterAnEditAnAdditionADeletionAndAUiTextChange() throws IOException {
        source = TestSites.copyOfRealSite(temp.resolve("source"));
        preview = temp.resolve("preview");
        try (rs.iom.hub.pipeline.Pipeline builder = rs.iom.hub.pipeline.Pipeline.forPreview(new rs.iom.hub.jbake.JBakeEngine(), new DocumentCache(), Converters.standard(source))) {
            BuildResult first = builder.build(options(preview));
            assertTrue(first.success(), first.problems()::toString);

            // an edit: the title (lists, feed, tags, search index, other editions) and the text of a news item
            edit(SR_NEWS, "title: Švajcarska podržava jačanje", "title: Švajcarska i dalje podržava jačanje");
            edit(SR_NEWS, "navela je Lidija Marković", "rekla je Lidija Marković");
            BuildResult edited = builder.update(options(preview));
            assertTrue(edited.pages() < first.pages(), "an edit re-renders only what it touches: "
                    + edited.pages() + " of " + first.pages());
            assertEquals(SiteFolders.snapshot(preview).keySet(), freshBuild().keySet());
            assertUpdateEqualsAFullBuild(builder, "an edit");

            // an addition: a news item in a new year, with a new tag and a picture beside it, in both languages
            TestSites.write(source, SR_ADDED, "---\ntitle: Obuka u Subotici\ndate: 2024-10-01\n"
                    + "translationKey: obuka-subotica-2024\ntags: [obuke, Subotica]\nimage: ucesnici.png\n"
                    + "imageAlt: Učesnici obuke\n---\n\nObuka za pružaoce usluga.\n\n![Učesnici obuke](ucesnici.png)\n");
            Files.copy(TestSites.projectDir().resolve("assets/images/share-card.png"),
                    source.resolve("content/sr/vesti/2024/ucesnici.png"));
            TestSites.write(source, EN_ADDED, "---\ntitle: Training in Subotica\ndate: 2024-10-01\n"
                    + "translationKey: obuka-subotica-2024\ntags: [training]\n---\n\nTraining for service providers.\n");
            assertUpdateEqualsAFullBuild(builder, "an addition");
            assertTrue(Files.exists(preview.resolve("sr/oznake/subotica/index.html")), "a new tag page");
            assertTrue(Files.exists(preview.resolve("sr/vesti/2024/ucesnici.png")), "the picture");

            // a deletion of one language version: the other one loses its translation
            Files.delete(source.resolve(EN_ADDED));
            assertUpdateEqualsAFullBuild(builder, "the deletion of the English version");

            // a deletion of the rest: the year, the tags and the picture go too
            Files.delete(source.resolve(SR_ADDED));
            Files.delete(source.resolve("content/sr/vesti/2024/ucesnici.png"));
            assertUpdateEqualsAFullBuild(builder, "the deletion of the Serbian version and its picture");
            assertFalse(Files.exists(preview.resolve("sr/oznake/subotica/index.html")), "the tag page is gone");
            assertFalse(Files.exists(preview.resolve("sr/vesti/2024/ucesnici.png")), "the picture is gone");

            // a UI text: every page of the Serbian editions changes
            edit("data/i18n/sr.yaml", "home: Početna", "home: Naslovna");
            assertUpdateEqualsAFullBuild(builder, "a change of a UI text");
        }
    }

    @Test
    void editsOfTheTextAloneThenOfTheTagsAloneEqualAFullBuild() throws IOException {
        // lists, tag and year pages, the feed and the neighbours' links hash only what they show of a news item (not
        // its text): a text edit re-renders its own page; a tag edit must still reach the lists and tag pages
        source = TestSites.copyOfRealSite(temp.resolve("source"));
        preview = temp.resolve("preview");
        try (rs.iom.hub.pipeline.Pipeline builder = rs.iom.hub.pipeline.Pipeline.forPreview(new rs.iom.hub.jbake.JBakeEngine(), new DocumentCache(), Converters.standard(source))) {
            assertTrue(builder.build(options(preview)).success());

            edit(SR_NEWS, "navela je Lidija Marković", "rekla je Lidija Marković");
            assertUpdateEqualsAFullBuild(builder, "an edit of the text");
            assertTrue(Files.readString(preview.resolve("sr/vesti/2022/"
                    + "svajcarska-podrzava-jacanje-kapaciteta-za-upravljanje-migracijama/index.html"))
                    .contains("rekla je Lidija Marković"));

            edit(SR_NEWS, "tags: [upravni odbor, migraciono partnerstvo,", "tags: [upravni odbor, partnerstvo,");
            assertUpdateEqualsAFullBuild(builder, "an edit of the tags");
            assertTrue(Files.exists(preview.resolve("sr/oznake/partnerstvo/index.html")), "the new tag's page");
        }
    }

    @Test
    void aFailedUpdateWritesNothingAndTheNextGoodOneCatchesUp() throws IOException {
        source = TestSites.copyOfRealSite(temp.resolve("source"));
        preview = temp.resolve("preview");
        try (rs.iom.hub.pipeline.Pipeline builder = rs.iom.hub.pipeline.Pipeline.forPreview(new rs.iom.hub.jbake.JBakeEngine(), new DocumentCache(), Converters.standard(source))) {
            assertTrue(builder.build(options(preview)).success());
            Map<String, byte[]> before = SiteFolders.snapshot(preview);

            TestSites.writeNews(source, SR_ADDED, "Obuka u Subotici", LocalDate.of(2024, 10, 1), "obuka", "Tekst.");
            edit(SR_NEWS, "date: 2022-03-04", "date: 2022-02-30");
            BuildResult broken = builder.update(options(preview));
            assertFalse(broken.success());
            SiteFolders.assertSame(before, SiteFolders.snapshot(preview));

            edit(SR_NEWS, "date: 2022-02-30", "date: 2022-03-04");
            assertUpdateEqualsAFullBuild(builder, "the fix");
            assertTrue(Files.exists(preview.resolve("sr/vesti/2024/obuka-u-subotici/index.html")));
        }
    }
}
