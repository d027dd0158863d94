package rs.iom.hub.publish;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rs.iom.hub.pipeline.SiteFolders;
import rs.iom.hub.pipeline.TestSites;
import rs.iom.hub.cli.Hub;
import rs.iom.hub.cli.HubCommand;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code hub build --output} writes only into a folder that is new, empty or its own: a folder of documents, the
 * project's own folders and a link into the sources are refused with a message, and nothing in them changes.
 */
class OutputOwnershipIT {
    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void aCopyOfTheRealSite() throws IOException {
        site = TestSites.copyOfRealSite(temp.resolve("project"));
        TestSites.write(site, "src/main/java/Main.java", "class Main {}\n");
        TestSites.write(site, ".git/config", "[remote \"origin\"]\n");
    }

    private static Hub.Run build(Path output) {
        return Hub.run("build", "--source", site.toString(), "--output", output.toString(), "--base-url",
                TestSites.BASE_URL, "--today", TestSites.TODAY.toString());
    }

    private static void assertRefusedAndUntouched(Path output, String message) {
        Map<String, byte[]> before = SiteFolders.snapshot(site);
        Hub.Run run = build(output);
        assertEquals(HubCommand.PROBLEMS, run.exitCode(), run::err);
        List<String> lines = run.errLines();
        assertEquals(3, lines.size(), run::err);
        assertTrue(lines.get(0).startsWith(output + ": error: the output folder " + output), lines.get(0));
        assertTrue(lines.get(0).contains(message), lines.get(0));
        assertTrue(lines.get(1).startsWith("    hint: "), lines.get(1));
        assertEquals("Build failed: 1 error, 0 warnings. Nothing was written into " + output.toAbsolutePath()
                .normalize() + ".", lines.get(2));
        assertEquals("", run.out());
        SiteFolders.assertSame(before, SiteFolders.snapshot(site));
    }

    @Test
    void aFolderOfDocumentsIsRefusedAndKeepsEveryFile() throws IOException {
        Path documents = temp.resolve("documents");
        TestSites.write(documents, "Izveštaj 2025.docx", "a document");
        TestSites.write(documents, "slike/sastanak.jpg", "a photo");
        Map<String, byte[]> before = SiteFolders.snapshot(documents);

        assertRefusedAndUntouched(documents, "already holds files that hub did not write (such as Izveštaj "
                + "2025.docx)");
        SiteFolders.assertSame(before, SiteFolders.snapshot(documents));
        assertFalse(Files.exists(documents.resolve(OutputFolder.MARKER)));
    }

    @Test
    void theProjectsOwnFoldersAreRefused() {
        assertRefusedAndUntouched(site.resolve("src"), "already holds files that hub did not write (such as main)");
        assertRefusedAndUntouched(site.resolve(".git"), "is inside the hidden folder .git of the site");
        assertRefusedAndUntouched(site, "holds the site's sources");
        assertRefusedAndUntouched(site.resolve("content/sr/site"), "is inside the source folder content/");
    }

    @Test
    void aLinkThatLeadsIntoTheContentIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("public"), site.resolve("content"));
        assertRefusedAndUntouched(link.resolve("site"), "is inside the source folder content/");
    }

    @Test
    void aFolderHubWroteIsRebuiltAndLosesWhatTheSiteDoesNotHave() throws IOException {
        Path output = temp.resolve("site");
        assertEquals(HubCommand.OK, build(output).exitCode());
        TestSites.write(output, "sr/stale/index.html", "a page the site no longer has");

        Hub.Run again = build(output);

        assertEquals(HubCommand.OK, again.exitCode(), again::err);
        assertFalse(Files.exists(output.resolve("sr/stale")));
        assertTrue(Files.isRegularFile(output.resolve("sr/index.html")));
        assertTrue(Files.isRegularFile(output.resolve(OutputFolder.MARKER)));
    }
}
