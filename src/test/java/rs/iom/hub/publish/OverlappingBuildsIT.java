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
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two {@code hub build} processes started together into one folder: the second waits for the first, says so, and
 * publishes after it; the folder ends with exactly the site of the build that finished last, never a mix.
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

    @Test
    void twoBuildsIntoOneFolderAtOnceTakeTurnsAndLeaveTheSiteOfTheLastOne() {
        Path output = temp.resolve("out");
        build(siteA, output);

        HubProcess toB = HubProcess.start(temp.resolve("logs"), args(siteB, output));
        HubProcess toA = HubProcess.start(temp.resolve("logs"), args(siteA, output));
        Hub.Run b = toB.waitFor();
        Hub.Run a = toA.waitFor();

        assertEquals(HubCommand.OK, b.exitCode(), b::err);
        assertEquals(HubCommand.OK, a.exitCode(), a::err);
        boolean bWaited = b.err().contains("waiting for it to finish");
        boolean aWaited = a.err().contains("waiting for it to finish");
        assertTrue(aWaited ^ bWaited, () -> "exactly one build waits:\nB: " + b.err() + "\nA: " + a.err());
        String waiting = aWaited ? a.err() : b.err();
        assertTrue(waiting.startsWith("Another hub is writing into " + output + " (hub build, process "), waiting);
        assertEquals(aWaited ? stateA : stateB, PublishedState.of(output), "the site of the build that waited");
        assertEquals(java.util.List.of(OutputFolder.MARKER), SiteFolders.names(output).stream()
                .filter(name -> name.startsWith(".")).toList(), "no work folder is left");
    }
}
