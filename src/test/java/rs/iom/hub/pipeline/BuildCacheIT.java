package rs.iom.hub.pipeline;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rs.iom.hub.cli.Converters;
import rs.iom.hub.cli.Hub;
import rs.iom.hub.jbake.JBakeEngine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build with the {@link BuildCache} makes the same bytes as a clean build of the same sources: after no change,
 * after edits of content, templates and messages, after files are added and removed, after the published output was
 * changed by hand, and whatever a cache file that hub did not write says. Every case compares the whole output, file
 * by file, with a build without the cache into a new folder.
 */
class BuildCacheIT {
    private static final String SR_NEWS = "content/sr/vesti/2022/"
            + "svajcarska-podrzava-jacanje-kapaciteta-za-upravljanje-migracijama.md";

    @TempDir
    Path temp;
    Path source;
    Path output;
    CacheKey key;
    List<String> notices;
    int clean;

    @BeforeEach
    void copyTheRealSite() {
        source = TestSites.copyOfRealSite(temp.resolve("site"));
        output = temp.resolve("out");
        key = CacheKey.of("a key for the tests, 32 bytes lo".getBytes(StandardCharsets.US_ASCII));
        notices = new ArrayList<>();
    }

    private BuildResult cachedBuild() {
        return cachedBuild(source, key);
    }

    private BuildResult cachedBuild(Path site, CacheKey with) {
        BuildResult result = Pipeline.of(new JBakeEngine(), Converters.standard(site)).onNotice(notices::add)
                .withCache(BuildCache.in(site, with))
                .build(new BuildOptions(site, output, TestSites.BASE_URL, false, TestSites.TODAY, false));
        assertTrue(result.success(), () -> "the cached build failed: " + result.problems());
        return result;
    }

    private void assertSameAsACleanBuild() {
        Path fresh = temp.resolve("clean-" + (++clean));
        TestSites.bake(source, fresh);
        SiteFolders.assertSame(fresh, output);
    }

    private void append(String file, String text) throws IOException {
        Files.writeString(source.resolve(file), text, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
    }

    @Test
    void aRebuildOfUnchangedSourcesWritesNothingAndEqualsACleanBuild() {
        BuildResult first = cachedBuild();
        assertEquals(first.total(), first.pages(), "the first build writes every file");
        assertTrue(Files.isRegularFile(source.resolve("target/hub-cache/documents.bin")));
        BuildResult second = cachedBuild();
        assertEquals(0, second.pages(), "nothing changed, nothing written");
        assertEquals(first.total(), second.total());
        assertSameAsACleanBuild();
        assertEquals(List.of(), notices);
    }

    @Test
    void afterAnEditOfOneNewsItemOnlyItsPagesAreWrittenAndTheSiteEqualsACleanBuild() throws IOException {
        cachedBuild();
        append(SR_NEWS, "\nJoš jedna rečenica o migracijama.\n");
        BuildResult edited = cachedBuild();
        assertTrue(edited.pages() > 0 && edited.pages() < edited.total() / 4,
                "the edited item's pages, lists and search files, not the whole site: " + edited.pages());
        assertSameAsACleanBuild();
    }

    @Test
    void afterTemplatesMessagesAndSettingsChangeTheSiteEqualsACleanBuild() throws IOException {
        cachedBuild();
        append("templates/layout.ftl", "\n<#-- changed -->\n");
        cachedBuild();
        assertSameAsACleanBuild();
        Path messages = source.resolve("data/i18n/en.yaml");
        String before = Files.readString(messages, StandardCharsets.UTF_8);
        String after = before.replaceFirst("(?m)^(\\s*name: )", "$1Hub – ");
        assertFalse(before.equals(after), "the site's name is in " + messages);
        Files.writeString(messages, after, StandardCharsets.UTF_8);
        cachedBuild();
        assertSameAsACleanBuild();
        TestSites.setProperty(source, "hub.news.per-page", "3");
        cachedBuild();
        assertSameAsACleanBuild();
    }

    @Test
    void afterFilesAreAddedAndRemovedTheSiteEqualsACleanBuild() throws IOException {
        cachedBuild();
        TestSites.write(source, "content/sr/vesti/2024/obuka.md", "---\ntitle: Obuka u Subotici\ndate: 2024-05-01\n"
                + "translationKey: obuka-subotica\n---\nObuka za službenike opština.\n");
        cachedBuild();
        assertSameAsACleanBuild();
        Files.delete(source.resolve("content/sr/vesti/2024/obuka.md"));
        cachedBuild();
        assertSameAsACleanBuild();
    }

    @Test
    void aPublishedPageChangedOrDeletedByHandIsWrittenAgain() throws IOException {
        cachedBuild();
        Files.writeString(output.resolve("sr/index.html"), "changed by hand", StandardCharsets.UTF_8);
        Files.delete(output.resolve("en/index.html"));
        BuildResult again = cachedBuild();
        assertEquals(2, again.pages(), "the two pages changed by hand");
        assertSameAsACleanBuild();
    }

    @Test
    void aCacheFileChangedByAnotherProgramIsNotUsed() throws IOException {
        cachedBuild();
        Path documents = source.resolve("target/hub-cache/documents.bin");
        byte[] bytes = Files.readAllBytes(documents);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("migracij");
        assertTrue(at > 0, "the cache holds the documents' text");
        byte[] injected = "<script>".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(injected, 0, bytes, at, injected.length);
        Files.write(documents, bytes);
        append(SR_NEWS, "\nJoš jedna rečenica.\n"); // so that the file's page is rendered from what is read

        cachedBuild();

        assertTrue(notices.stream().anyMatch(n -> n.contains("documents.bin was not written by this hub")), notices::toString);
        assertSameAsACleanBuild();
    }

    @Test
    void aCacheBroughtFromAnotherFolderOrWrittenWithAnotherKeyIsNotUsed() throws IOException {
        cachedBuild();
        Path other = TestSites.copyOfRealSite(temp.resolve("other"));
        SiteFolders.copy(source.resolve("target"), other.resolve("target"));
        append(SR_NEWS, "\nJoš jedna rečenica.\n");
        source = other;
        cachedBuild(other, key);
        assertTrue(notices.stream().anyMatch(n -> n.contains("was not written by this hub")), notices::toString);
        assertSameAsACleanBuild();

        notices.clear();
        cachedBuild(other, CacheKey.of("another key, also 32 bytes long!".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(notices.stream().anyMatch(n -> n.contains("was not written by this hub")), notices::toString);
        assertSameAsACleanBuild();
    }

    @Test
    void theCacheIsNeitherReadNorWrittenThroughALinkOutOfTheSite() throws IOException {
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.createSymbolicLink(source.resolve("target"), elsewhere);
        cachedBuild();
        cachedBuild();
        assertEquals(List.of(), SiteFolders.files(elsewhere), "nothing written through the link");
        assertTrue(notices.stream().anyMatch(n -> n.contains("is not a folder (or is a link)")), notices::toString);
        assertSameAsACleanBuild();
    }

    @Test
    void hubBuildKeepsTheCacheAndNoCacheNeitherReadsNorWritesIt() {
        Path site = TestSites.copyOfRealSite(temp.resolve("cli"));
        String out = temp.resolve("cli-out").toString();
        Hub.Run uncached = Hub.run("build", "-s", site.toString(), "-o", out, "--no-cache", "--today", "2025-01-15");
        assertEquals(0, uncached.exitCode(), uncached.err());
        assertFalse(Files.exists(site.resolve("target")), "--no-cache writes no target/hub-cache");
        Hub.Run first = Hub.run("build", "-s", site.toString(), "-o", out, "--today", "2025-01-15");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(Files.isRegularFile(site.resolve("target/hub-cache/documents.bin")), "hub build keeps the cache");
        Hub.Run second = Hub.run("build", "-s", site.toString(), "-o", out, "--today", "2025-01-15");
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().contains("(0 written"), second.out());
    }

    @Test
    void theCacheFilesCanBeReadOnlyByTheirOwner() throws IOException {
        cachedBuild();
        for (Path file : SiteFolders.files(source.resolve("target/hub-cache")).stream()
                .map(source.resolve("target/hub-cache")::resolve).toList()) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(file)), file.toString());
        }
        assertFalse(Arrays.asList(source.resolve("target/hub-cache").toFile().list()).isEmpty());
    }

    @Test
    void aPreviewStartedFromTheCacheAndItsRebakesEqualACleanBuild() throws IOException {
        cachedBuild();
        BuildOptions options = new BuildOptions(source, output, TestSites.BASE_URL, false, TestSites.TODAY, false);
        try (Pipeline preview = Pipeline.forPreview(new JBakeEngine(), new DocumentCache(),
                Converters.standard(source)).onNotice(notices::add).withCache(BuildCache.in(source, key))) {
            BuildResult started = preview.build(options);
            assertTrue(started.success(), started.problems()::toString);
            assertEquals(0, started.pages(), "the preview starts from what the last build published");
            assertSameAsACleanBuild();
            append(SR_NEWS, "\nJoš jedna rečenica.\n");
            BuildResult rebaked = preview.update(options);
            assertTrue(rebaked.success(), rebaked.problems()::toString);
            assertTrue(rebaked.pages() > 0, "the edited item's pages");
            assertSameAsACleanBuild();
        }
        assertEquals(List.of(), notices);
    }

    @Test
    void aBuildIntoTheTargetFolderItselfKeepsNoCacheThere() {
        output = source.resolve("target");
        cachedBuild();
        cachedBuild();
        assertFalse(Files.exists(source.resolve("target/hub-cache")), "no cache published with the site");
        assertTrue(notices.stream().anyMatch(n -> n.contains("would be inside the output folder")), notices::toString);
        assertSameAsACleanBuild();
    }
}
