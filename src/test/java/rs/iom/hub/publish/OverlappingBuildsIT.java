package rs.iom.hub.publish;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rs.iom.hub.pipeline.SiteFolders;
import rs.iom.hub.pipeline.TestCorpus;
import rs.iom.hub.pipeline.TestSites;
import rs.iom.hub.cli.Hub;
import rs.iom.hub.cli.HubCommand;
import rs.iom.hub.cli.HubProcess;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two {@code hub build} processes started together into one folder that another writer holds: each says that it
 * waits, they publish one after the other, and the folder ends with exactly the site of the build that finished last,
 * never a mix.
 */
class OverlappingBuildsIT {
    @TempDir
    static Path temp;
    static Path siteA;
    static Path siteB;
    static Map<String, String> stateA;
    static Map<String, String> stateB;

    @BeforeAll
    static void twoVersionsOfASite() throws IOException {
        siteA = TestSites.copyOfRealSite(temp.resolve("a"));
        TestCorpus.writeNews(siteA, 200);
        siteB = temp.resolve("b");
        SiteFolders.copy(siteA, siteB);
        Path messages = siteB.resolve("data/i18n/en.yaml");
        String text = Files.readString(messages, StandardCharsets.UTF_8);
        Files.writeString(messages, text.replaceFirst("(?m)^(\\s*skipToContent: .*)$", "$1 (B)"),
                StandardCharsets.UTF_8);
        stateA = PublishedState.of(build(siteA, temp.resolve("clean-a")));
        stateB = PublishedState.of(build(siteB, temp.resolve("clean-b")));
        assertNotEquals(stateA, stateB);
    }

    private static Path build(Path site, Path output) {
        Hub.Run run = HubProcess.run(temp.resolve("logs"), args(site, output));
        assertEquals(HubCommand.OK, run.exitCode(), run::err);
        return output;
    }

    private static String[] args(Path site, Path output) {
        return new String[]{"build", "--source", site.toString(), "--output", output.toString(), "--base-url",
                TestSites.BASE_URL, "--today", TestSites.TODAY.toString()};
    }

    /**
     * The test holds the folder's lock first, as a hub that is writing would, until both builds have said they wait:
     * a build mentions waiting only after a second, and a warm build of this site may take less than that, so two
     * builds left to race would not always overlap for long enough to show it.
     */
    @Test
    void twoBuildsIntoOneFolderAtOnceTakeTurnsAndLeaveTheSiteOfTheLastOne() throws IOException {
        Path output = temp.resolve("out");
        build(siteA, output);
        Deque<String> exits = new ConcurrentLinkedDeque<>();
        HubProcess toB;
        HubProcess toA;
        try (FolderLock held = FolderLock.acquire(output.resolve(OutputFolder.MARKER), Duration.ofSeconds(5),
                () -> "", holder -> { }).orElseThrow()) {
            toB = HubProcess.start(temp.resolve("logs"), args(siteB, output));
            toB.process().onExit().thenRun(() -> exits.add("B"));
            toA = HubProcess.start(temp.resolve("logs"), args(siteA, output));
            toA.process().onExit().thenRun(() -> exits.add("A"));
            for (HubProcess build : List.of(toB, toA)) {
                awaitWaiting(build);
            }
        }
        Hub.Run b = toB.waitFor();
        Hub.Run a = toA.waitFor();

        assertEquals(HubCommand.OK, b.exitCode(), b::err);
        assertEquals(HubCommand.OK, a.exitCode(), a::err);
        for (Hub.Run run : List.of(b, a)) {
            // the test is not a hub and writes no owner file: the message names the holder as best it can
            assertEquals(List.of("Another hub is writing into " + output + " (another hub command); waiting for it "
                            + "to finish…"), run.err().lines().filter(line -> line.contains("waiting")).toList(),
                    run::err);
        }
        assertEquals(2, exits.size(), exits::toString);
        assertEquals("A".equals(exits.peekLast()) ? stateA : stateB, PublishedState.of(output),
                "the site of the build that finished last (" + exits.peekLast() + "), never a mix");
        assertEquals(List.of(OutputFolder.MARKER), SiteFolders.names(output).stream()
                .filter(name -> name.startsWith(".")).toList(), "no work folder is left");
    }

    /** Waits (at most a minute) until {@code build} has said that it waits for the folder. */
    private static void awaitWaiting(HubProcess build) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!build.errSoFar().contains("waiting for it to finish")) {
            assertTrue(build.isAlive(), () -> "the build waits instead of ending: " + build.errSoFar());
            assertTrue(System.nanoTime() < deadline, "the build says within a minute that it waits");
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
