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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code kill -9} at random moments of a publish, 20 times, on a site of 2,000 documents (1,000 news items in Serbian
 * and in English, plus the real site): afterwards the output folder holds the complete old or the complete new site.
 * When the kill came in the middle of the publish, the next hub run — here a build that fails itself — puts the old
 * site back before anything else. Versions A and B of the site differ in a text on every page, in removed and in
 * added news, so that a publish replaces, removes and adds thousands of files.
 */
class InterruptedPublishIT {
    private static final int RUNS = 20;

    @TempDir
    static Path temp;
    static Path siteA;
    static Path siteB;
    static Path broken;
    static Map<String, String> stateA;
    static Map<String, String> stateB;

    @BeforeAll
    static void twoVersionsOfALargeSiteAndTheirCleanBuilds() throws IOException {
        siteA = TestSites.copyOfRealSite(temp.resolve("a"));
        TestCorpus.writeNews(siteA, 1000);
        siteB = temp.resolve("b");
        SiteFolders.copy(siteA, siteB);
        for (String language : List.of("sr", "en")) {
            Path messages = siteB.resolve("data/i18n/" + language + ".yaml");
            String text = Files.readString(messages, StandardCharsets.UTF_8);
            String changed = text.replaceFirst("(?m)^(\\s*skipToContent: .*)$", "$1 (B)");
            assertNotEquals(text, changed, "the skip link text is in " + messages);
            Files.writeString(messages, changed, StandardCharsets.UTF_8);
        }
        for (int i = 0; i < 40; i++) { // 40 items less in B, and 40 new ones
            deleteNews(siteB, i * 20);
        }
        TestSites.writeNews(siteB, "content/sr/vesti/2024/nova-vest.md", "Nova vest", java.time.LocalDate.of(2024,
                12, 1), "nova-vest", "Tekst nove vesti.");
        broken = TestSites.copyOfRealSite(temp.resolve("broken"), false);
        TestSites.write(broken, "content/sr/bez-datuma.md", "---\ntitle: Bez datuma\ntranslationKey: x\n---\n\nTekst.\n");

        stateA = PublishedState.of(build(siteA, temp.resolve("clean-a")));
        stateB = PublishedState.of(build(siteB, temp.resolve("clean-b")));
        assertTrue(stateA.size() > 4000, "a large site: " + stateA.size() + " files");
        assertNotEquals(stateA.keySet(), stateB.keySet(), "B adds and removes files");
    }

    private static void deleteNews(Path site, int item) throws IOException {
        Path content = site.resolve("content");
        for (String file : SiteFolders.files(content)) {
            if (file.endsWith("/vest-" + item + ".md") || file.endsWith("/item-" + item + ".md")) {
                Files.delete(content.resolve(file));
            }
        }
    }

    private static Path build(Path site, Path output) {
        Hub.Run run = HubProcess.run(temp.resolve("logs"), buildArgs(site, output));
        assertEquals(HubCommand.OK, run.exitCode(), run::err);
        return output;
    }

    private static String[] buildArgs(Path site, Path output) {
        return new String[]{"build", "--source", site.toString(), "--output", output.toString(), "--base-url",
                TestSites.BASE_URL, "--today", TestSites.TODAY.toString()};
    }

    @Test
    void aBuildKilledAtAnyMomentOfItsPublishLeavesTheCompleteOldOrTheCompleteNewSite() throws Exception {
        Path output = build(siteA, temp.resolve("out"));
        Path journal = output.resolve(OutputFolder.WORK).resolve("journal");
        Random random = new Random(20260101);
        boolean atA = true;

        // How long a publish of B over A takes here: the time its journal exists.
        HubProcess calibration = HubProcess.start(temp.resolve("logs"), buildArgs(siteB, output));
        long renderNanos = waitFor(journal, calibration);
        long journalAppeared = System.nanoTime();
        while (Files.exists(journal)) {
            Thread.sleep(1);
        }
        long publishMillis = Math.max(5, (System.nanoTime() - journalAppeared) / 1_000_000);
        assertEquals(HubCommand.OK, calibration.waitFor().exitCode());
        assertEquals(stateB, PublishedState.of(output));
        atA = false;

        List<String> outcomes = new ArrayList<>();
        int interrupted = 0;
        for (int run = 1; run <= RUNS; run++) {
            Map<String, String> old = atA ? stateA : stateB;
            Map<String, String> fresh = atA ? stateB : stateA;
            HubProcess build = HubProcess.start(temp.resolve("logs"), buildArgs(atA ? siteB : siteA, output));
            long delay;
            if (run % 5 == 0) { // while it renders, before its publish
                delay = (long) (random.nextDouble() * renderNanos / 1_000_000 * 0.8);
                Thread.sleep(delay);
            } else {
                waitFor(journal, build);
                delay = (long) (random.nextDouble() * publishMillis * 1.2);
                Thread.sleep(delay);
            }
            build.kill();
            boolean midway = Files.exists(journal);
            Map<String, String> afterKill = PublishedState.of(output);
            if (!midway) {
                String state = PublishedState.describe(afterKill, old, fresh);
                int number = run;
                assertTrue(state.equals("old") || state.equals("new"),
                        () -> "run " + number + ": killed outside a publish, the folder holds " + state);
            }

            Hub.Run next = HubProcess.run(temp.resolve("logs"), buildArgs(broken, output));
            assertEquals(HubCommand.PROBLEMS, next.exitCode(), next::err);
            Map<String, String> recovered = PublishedState.of(output);
            String state = PublishedState.describe(recovered, old, fresh);
            int number = run;
            assertTrue(state.equals("old") || state.equals("new"),
                    () -> "run " + number + ": after the next hub run the folder holds " + state);
            if (midway) {
                interrupted++;
                assertEquals("old", state, "an interrupted publish is undone");
                assertTrue(next.err().contains("hub has put the site it replaced back in place"), next.err());
            }
            assertFalse(Files.exists(output.resolve(OutputFolder.WORK)), "no work folder is left");
            outcomes.add("run " + run + ": killed " + delay + " ms after " + (run % 5 == 0 ? "the start"
                    : "the publish began") + (midway ? ", mid-publish" : "") + " → " + state);
            atA = recovered.equals(stateA);
        }
        outcomes.forEach(System.out::println);
        System.out.println("publish of B over A took about " + publishMillis + " ms");
        assertTrue(interrupted >= RUNS / 4, "at least a quarter of the kills came in the middle of a publish: "
                + interrupted + "\n" + String.join("\n", outcomes));
    }

    /** Waits until {@code file} exists (or the process ended); returns the nanoseconds waited. */
    private static long waitFor(Path file, HubProcess process) throws InterruptedException {
        long start = System.nanoTime();
        while (!Files.exists(file) && process.isAlive()) {
            Thread.sleep(0, 200_000);
        }
        return System.nanoTime() - start;
    }
}
