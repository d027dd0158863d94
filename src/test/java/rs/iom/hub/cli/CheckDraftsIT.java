package rs.iom.hub.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rs.iom.hub.pipeline.TestSites;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code hub check --drafts} checks the site as the preview shows it: an item still in draft, made with
 * {@code hub new} and not translated yet, is reported before it is published.
 */
class CheckDraftsIT {
    @TempDir
    Path temp;

    @Test
    void checkWithDraftsReportsAnUntranslatedDraftThatPlainCheckLeavesForLater() {
        Path site = TestSites.copyOfRealSite(temp.resolve("site"));
        Hub.Run created = Hub.run("new", "news", "-s", site.toString(), "--title", "Obuka u Subotici",
                "--today", "2024-03-02");
        assertEquals(0, created.exitCode(), created.err());

        Hub.Run plain = Hub.run("check", "-s", site.toString());
        assertEquals(0, plain.exitCode(), plain.out());
        assertFalse(plain.out().contains("is the same as that of the 'sr' version"), plain.out());

        Hub.Run drafts = Hub.run("check", "-s", site.toString(), "--drafts");
        assertEquals(0, drafts.exitCode(), drafts.out());
        assertTrue(drafts.out().contains("warning: the title 'Obuka u Subotici' is the same as that of the 'sr' "
                + "version"), drafts.out());
        assertTrue(drafts.out().contains("hint: translate the title (and the text) of this version into 'en'"),
                drafts.out());
    }
}
