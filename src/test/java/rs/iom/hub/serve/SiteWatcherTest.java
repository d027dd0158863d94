package rs.iom.hub.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The preview's watcher reports what changed in the site sources, once per burst of changes. */
class SiteWatcherTest {
    /** Long enough for a loaded machine to deliver file events. */
    private static final long WAIT_SECONDS = 15;
    /** How late the event of a change may reach the watcher, on a loaded machine, after the change was made. */
    private static final long EVENT_DELAY_MILLIS = 1000;
    /**
     * How long to listen for a batch that must not come. The watcher sends a batch {@link SiteWatcher#QUIET_MILLIS}
     * after the last event in it, so a batch caused by a change made before the listening starts comes at most
     * {@code EVENT_DELAY_MILLIS + QUIET_MILLIS} after that: listening that long sees it, whatever the watcher's
     * quiet period is. (A shorter wait would pass while a watcher with a longer quiet period still had a batch to
     * send.)
     */
    private static final long NO_MORE_BATCHES_MILLIS = EVENT_DELAY_MILLIS + SiteWatcher.QUIET_MILLIS;

    @TempDir
    Path site;
    SiteWatcher watcher;
    final BlockingQueue<Set<String>> batches = new LinkedBlockingQueue<>();

    @BeforeEach
    void watchASiteFolder() throws IOException {
        for (String folder : rs.iom.hub.layout.SiteLayout.DEFAULT.folders()) {
            Files.createDirectories(site.resolve(folder));
        }
        Files.createDirectories(site.resolve("content/sr"));
        Files.writeString(site.resolve("jbake.properties"), "hub.editions=sr\n");
        watcher = new SiteWatcher(site, rs.iom.hub.layout.SiteLayout.DEFAULT.folders(), batches::add);
    }

    @AfterEach
    void stopWatching() throws IOException {
        watcher.close();
    }

    private Set<String> nextBatch() throws InterruptedException {
        Set<String> batch = batches.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(batch, "a change was reported");
        return batch;
    }

    private void assertNoMoreBatches() throws InterruptedException {
        assertNull(batches.poll(NO_MORE_BATCHES_MILLIS, TimeUnit.MILLISECONDS), "nothing else was reported");
    }

    @Test
    void aBurstOfWritesToOneFileIsReportedOnce() throws Exception {
        Path file = site.resolve("content/sr/o-projektu.md");
        for (int i = 0; i < 5; i++) {
            Files.writeString(file, "---\ntitle: O projektu " + i + "\n---\n");
        }

        assertEquals(Set.of("content/sr/o-projektu.md"), nextBatch());
        assertNoMoreBatches();
    }

    @Test
    void filesSavedTogetherAreReportedTogether() throws Exception {
        Files.writeString(site.resolve("content/sr/a.md"), "a");
        Files.writeString(site.resolve("templates/page.ftl"), "b");
        Files.writeString(site.resolve("data/sr.yaml"), "c");

        assertEquals(Set.of("content/sr/a.md", "templates/page.ftl", "data/sr.yaml"), nextBatch());
        assertNoMoreBatches();
    }

    @Test
    void editorBackupsHiddenFilesAndOtherFilesBesideTheSourcesAreNotChanges() throws Exception {
        Files.writeString(site.resolve("content/sr/.o-projektu.md.swp"), "vim");
        Files.writeString(site.resolve("content/sr/o-projektu.md~"), "backup");
        Files.writeString(site.resolve("content/sr/.#o-projektu.md"), "emacs lock");
        Files.writeString(site.resolve("README.md"), "not a source");
        assertNoMoreBatches();

        Files.writeString(site.resolve("jbake.properties"), "hub.editions=sr,en\n");

        assertEquals(Set.of("jbake.properties"), nextBatch(), "the settings are a source");
    }

    @Test
    void aFileInAFolderCreatedAfterTheStartIsWatchedToo() throws Exception {
        Files.createDirectory(site.resolve("content/sr/vesti"));
        assertEquals(Set.of("content/sr/vesti"), nextBatch(), "the new folder is a change");
        assertNoMoreBatches();

        Files.writeString(site.resolve("content/sr/vesti/buduca-vest.md"), "---\n");

        assertEquals(Set.of("content/sr/vesti/buduca-vest.md"), nextBatch());
    }

    @Test
    void aDeletedFileIsAChange() throws Exception {
        Path file = site.resolve("assets/site.css");
        Files.writeString(file, "body {}");
        assertEquals(Set.of("assets/site.css"), nextBatch());

        Files.delete(file);

        assertEquals(Set.of("assets/site.css"), nextBatch());
        assertNoMoreBatches();
    }
}
