package rs.iom.hub.content;

import rs.iom.hub.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Listing a source folder: every visible file in a stable order, links that stay inside followed and listed under
 * their own names, and walks that could never end (links to links to folders, pipes) cut short with an error. (What
 * {@code hub check} and {@code hub build} say about links out of the site: {@code SourceLinksIT}.)
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard only
class SourceFilesTest {
    @TempDir
    Path site;

    private void write(String file) throws IOException {
        Path path = site.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, file);
    }

    private void link(String link, String target) throws IOException {
        Path path = site.resolve(link);
        Files.createDirectories(path.getParent());
        Files.createSymbolicLink(path, Path.of(target));
    }

    @Test
    void visibleFilesAreListedInOrderWithoutHiddenFilesFoldersAndEditorBackups() throws IOException {
        for (String file : List.of("content/sr/b.md", "content/sr/a.md", "content/en/z/slika.png", "content/a.md",
                "content/sr/.b.md.swp", "content/sr/a.md~", "content/sr/x.tmp", "content/.git/config",
                "content/sr/.skriveno/tajna.pdf")) {
            write(file);
        }

        SourceFiles.Listing listing = SourceFiles.list(site, "content");

        assertEquals(List.of("content/a.md", "content/en/z/slika.png", "content/sr/a.md", "content/sr/b.md"),
                listing.files());
        assertEquals(List.of(), listing.problems());
        assertEquals(listing.files(), ContentFiles.list(site, "content"));
        assertEquals(List.of(), SourceFiles.list(site, "assets").files(), "a missing folder has no files");
    }

    @Test
    void linksThatStayInsideAreListedUnderTheirOwnNames() throws IOException {
        write("content/zajednicko/izvestaj.pdf");
        link("content/sr/izvestaj.pdf", "../zajednicko/izvestaj.pdf");
        link("content/en/documents", "../zajednicko");
        link("content/en/report.pdf", "documents/izvestaj.pdf");

        SourceFiles.Listing listing = SourceFiles.list(site, "content");

        assertEquals(List.of("content/en/documents/izvestaj.pdf", "content/en/report.pdf", "content/sr/izvestaj.pdf",
                "content/zajednicko/izvestaj.pdf"), listing.files());
        assertEquals(List.of(), listing.problems());
    }

    @Test
    void linksToLinksToFoldersEndAfterAThousandFolders() throws IOException {
        // f0 holds two links to f1, f1 two to f2, …: 2^14 ways down through links
        for (int i = 0; i < 14; i++) {
            Files.createDirectories(site.resolve("content/f" + (i + 1)));
            link("content/f" + i + "/a", "../f" + (i + 1));
            link("content/f" + i + "/b", "../f" + (i + 1));
        }
        write("content/f14/slika.png");

        SourceFiles.Listing listing = SourceFiles.list(site, "content");

        assertTrue(listing.files().size() <= SourceFiles.MAX_FOLLOWED_FOLDER_LINKS + 1, "cut short");
        assertTrue(listing.problems().stream().anyMatch(p -> p.message().startsWith("this is one link to a folder "
                        + "too many: content/ has more than 1000 of them, counted through links")),
                listing.problems()::toString);
    }

    @Test
    void aPipeIsAnErrorAndIsNeverOpened() throws IOException, InterruptedException {
        Files.createDirectories(site.resolve("content/sr"));
        Path pipe = site.resolve("content/sr/cev.pdf");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        assertTrue(made, "mkfifo must make a named pipe (the tests run on Linux, as CI does)");
        link("content/sr/veza.pdf", "cev.pdf");

        SourceFiles.Listing listing = SourceFiles.list(site, "content");

        assertEquals(List.of(), listing.files());
        assertEquals(List.of(
                Problem.error("content/sr/cev.pdf", 0, 0, "this is not an ordinary file (it is a device, a pipe or a "
                        + "socket)", "delete it: the site publishes only ordinary files"),
                Problem.error("content/sr/veza.pdf", 0, 0, "this is not an ordinary file (it is a device, a pipe or a "
                        + "socket)", "delete it: the site publishes only ordinary files")),
                listing.problems().stream().sorted(Problem.REPORT_ORDER).toList());
    }

    @Test
    void aSingleFileIsCheckedWithTheSameMessagesAsTheListing() throws IOException {
        write("data/i18n/en.yaml");
        write("outside.yaml");
        link("data/i18n/sr.yaml", "../../outside.yaml");

        Optional<Problem> problem = SourceFiles.check(site, "data/i18n/sr.yaml");

        assertEquals(Optional.of(Problem.error("data/i18n/sr.yaml", 0, 0, "this is a link to outside.yaml, outside "
                        + "data/: hub never reads files from outside the site's folders",
                "copy the file into data/i18n/ instead of linking to it, or delete the link")), problem);
        assertEquals(List.of(problem.get()), SourceFiles.list(site, "data").problems());
        assertEquals(Optional.empty(), SourceFiles.check(site, "data/i18n/en.yaml"));
        assertEquals(Optional.empty(), SourceFiles.check(site, "data/i18n/de.yaml"), "missing: the caller says so");
    }
}
