package rs.iom.hub.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rs.iom.hub.pipeline.SiteFolders;
import rs.iom.hub.pipeline.TestSites;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code hub check --fix} on a copy of the real site with text pasted from a PDF (a Cyrillic ј inside Latin words, a
 * Latin letter inside a Cyrillic word) and a file saved with a byte-order mark: it repairs them in place, replacing
 * each file in one step, touches nothing else, says what it did, and the check after it is clean.
 */
class CheckFixIT {
    private static final String MIXED = "content/sr/o-projektu.md";
    private static final String BOM = "content/sr/partneri.md";
    private static final String BOTH = "content/sr/kontakt.md";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path temp;
    Path site;
    String mixedOriginal;
    byte[] bomOriginal;
    String bothOriginal;

    @BeforeEach
    void breakThreeFilesOfACopyOfTheRealSite() throws IOException {
        site = TestSites.copyOfRealSite(temp.resolve("site"));
        mixedOriginal = read(MIXED);
        assertTrue(mixedOriginal.contains("za upravljanje migracijama u Srbiji“ sprovode"), mixedOriginal);
        write(MIXED, mixedOriginal
                .replace("za upravljanje migracijama u Srbiji“ sprovode", "za upravl\u0458anje migracijama u Srbiji“ "
                        + "sprovode")
                .replace("Ministarstvo za rad, zapošljavanje,", "Ministarstvo za rad, zapošl\u0458avanje,")
                + "\nНа српском: Миграциoно партнерство.\n"); // a Latin o in a Cyrillic word
        bomOriginal = Files.readAllBytes(site.resolve(BOM));
        Files.write(site.resolve(BOM), concat(UTF8_BOM, bomOriginal));
        bothOriginal = read(BOTH);
        Files.write(site.resolve(BOTH), concat(UTF8_BOM, bothOriginal.replace("Kontakt podaci institucija",
                "Kontakt podaci instituci\u0458a").getBytes(StandardCharsets.UTF_8)));
    }

    private String read(String file) throws IOException {
        return Files.readString(site.resolve(file), StandardCharsets.UTF_8);
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(site.resolve(file), text, StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private int markdownFiles() {
        return (int) SiteFolders.snapshot(site.resolve("content")).keySet().stream()
                .filter(f -> f.endsWith(".md")).count();
    }

    @Test
    void checkWithoutFixReportsTheMixedWordsAndTheByteOrderMarksAndChangesNothing() {
        Map<String, byte[]> before = SiteFolders.snapshot(site);

        Hub.Run run = Hub.run("check", "--source", site.toString());

        assertEquals(HubCommand.OK, run.exitCode(), "warnings only");
        List<String> headlines = run.outLinesWithoutNotes().stream().filter(l -> l.startsWith("content/")).toList();
        assertEquals(List.of(
                BOTH + ":1:1: warning: the file starts with an invisible byte-order mark (BOM)",
                BOTH + ":10:99: warning: the word „instituciјa“ mixes alphabets: Cyrillic ј (U+0458) in a Latin word",
                MIXED + ":10:48: warning: the word „upravlјanje“ mixes alphabets: Cyrillic ј (U+0458) in a Latin word",
                MIXED + ":14:24: warning: the word „zapošlјavanje“ mixes alphabets: Cyrillic ј (U+0458) in a Latin "
                        + "word",
                MIXED + ":" + (mixedOriginal.lines().count() + 2) + ":13: warning: the word „Миграциoно“ mixes "
                        + "alphabets: Latin o (U+006F) in a Cyrillic word",
                BOM + ":1:1: warning: the file starts with an invisible byte-order mark (BOM)"), headlines);
        assertTrue(run.out().contains("    hint: write „upravljanje“ (hub check --fix corrects every such word)"),
                run::out);
        assertEquals("0 errors, 6 warnings in " + markdownFiles() + " files.", run.outLinesWithoutNotes().get(
                run.outLinesWithoutNotes().size() - 1));
        assertEquals(HubCommand.PROBLEMS, Hub.run("check", "--strict", "--source", site.toString()).exitCode());
        SiteFolders.assertSame(before, SiteFolders.snapshot(site));
    }

    @Test
    void fixRepairsTheFilesInPlaceSaysWhatItDidAndTheCheckAfterItIsClean() throws IOException {
        Hub.Run run = fix();

        assertEquals(List.of(
                BOTH + ": removed the byte-order mark, corrected 1 word written in two alphabets",
                MIXED + ": corrected 3 words written in two alphabets",
                BOM + ": removed the byte-order mark",
                "No problems found in " + markdownFiles() + " files."), run.outLinesWithoutNotes());
        assertEquals(HubCommand.OK, run.exitCode());
        assertEquals(mixedOriginal + "\nНа српском: Миграционо партнерство.\n", read(MIXED));
        assertArrayEquals(bomOriginal, Files.readAllBytes(site.resolve(BOM)), "only the three bytes of the BOM go");
        assertEquals(bothOriginal, read(BOTH));

        Hub.Run again = Hub.run("check", "--strict", "--source", site.toString());
        assertEquals(List.of("No problems found in " + markdownFiles() + " files."), again.outLinesWithoutNotes());
        assertEquals(HubCommand.OK, again.exitCode());
        Hub.Run fixAgain = Hub.run("check", "--fix", "--source", site.toString());
        assertEquals(List.of("No problems found in " + markdownFiles() + " files."), fixAgain.outLinesWithoutNotes(),
                "nothing left to fix");
    }

    @Test
    void fixReplacesEachRepairedFileInOneStepAndLeavesEveryOtherFileAndNoTemporaryFile() throws IOException {
        // A second name for the same bytes, outside the site: a file rewritten in place would change under it too;
        // a file replaced by a finished new one leaves it with the old bytes.
        Path link = Files.createLink(temp.resolve("o-projektu-link.md"), site.resolve(MIXED));
        byte[] broken = Files.readAllBytes(site.resolve(MIXED));
        Object inode = Files.getAttribute(site.resolve(MIXED), "unix:ino");
        Map<String, byte[]> before = SiteFolders.snapshot(site);
        Map<String, FileTime> times = new HashMap<>();
        for (String file : before.keySet()) {
            times.put(file, Files.getLastModifiedTime(site.resolve(file)));
        }

        assertEquals(HubCommand.OK, fix().exitCode());

        assertArrayEquals(broken, Files.readAllBytes(link), "the old file was replaced, not written over");
        assertNotEquals(inode, Files.getAttribute(site.resolve(MIXED), "unix:ino"), "a new file took its place");
        Map<String, byte[]> after = SiteFolders.snapshot(site);
        assertEquals(before.keySet(), after.keySet(), "no file added (no temporary file left) and none removed");
        for (String file : before.keySet()) {
            if (List.of(MIXED, BOM, BOTH).contains(file)) {
                continue;
            }
            assertArrayEquals(before.get(file), after.get(file), file + " is untouched");
            assertEquals(times.get(file), Files.getLastModifiedTime(site.resolve(file)), file + " was not rewritten");
        }
    }

    @Test
    void fixKeepsThePermissionsOfEachRepairedFile() throws IOException {
        assertTrue(site.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "the file system must have POSIX permissions (the tests run on Linux, as CI does)");
        Files.setPosixFilePermissions(site.resolve(MIXED), PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(site.resolve(BOM), PosixFilePermissions.fromString("rw-rw-r--"));
        Files.setPosixFilePermissions(site.resolve(BOTH), PosixFilePermissions.fromString("rwxr-x---"));

        assertEquals(HubCommand.OK, fix().exitCode());

        assertEquals("rw-r--r--", permissions(MIXED), "644 stays 644");
        assertEquals("rw-rw-r--", permissions(BOM), "664 stays 664");
        assertEquals("rwxr-x---", permissions(BOTH));
        assertEquals(bothOriginal, read(BOTH), "and the files were repaired");
    }

    @Test
    void fixLeavesALinkALinkAndRepairsTheFileItLeadsTo() throws IOException {
        Files.move(site.resolve(MIXED), site.resolve("content/sr/original.md"));
        Files.createSymbolicLink(site.resolve(MIXED), Path.of("original.md"));

        fix();

        assertTrue(Files.isSymbolicLink(site.resolve(MIXED)), "still a link");
        assertEquals(mixedOriginal + "\nНа српском: Миграционо партнерство.\n", read(MIXED),
                "the file it leads to was repaired");
    }

    private String permissions(String file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(site.resolve(file)));
    }

    @Test
    void aFileThatIsNotUtf8IsLeftAsItIsAndStillReported() throws IOException {
        byte[] latin2 = "---\ntitle: Dokumenti\ndate: 2022-03-04\ntranslationKey: documents\n---\n\nPodr\u017eava.\n"
                .getBytes(java.nio.charset.Charset.forName("ISO-8859-2"));
        Files.write(site.resolve("content/sr/dokumenti.md"), latin2);

        Hub.Run run = fix();

        assertArrayEquals(latin2, Files.readAllBytes(site.resolve("content/sr/dokumenti.md")));
        assertTrue(run.out().contains("content/sr/dokumenti.md:7:5: error: the file is not UTF-8 text (byte 0xBE "
                + "cannot be read)"), run::out);
        assertEquals(HubCommand.PROBLEMS, run.exitCode());
    }

    @Test
    void fixWritesĐForTheOldDjSpellingOnlyWhereTheWordListLeavesNoDoubt() throws IOException {
        String file = "content/sr/aktivnosti-2022.md";
        String original = read(file);
        String pasted = "\nMedju učesnicima bili su gradjani Zrenjanina i predstavnici medjunarodnih organizacija; "
                + "odjava je podjednako jednostavna, a ko nadje vremena, neka pogleda `gradjani.pdf`.\n";
        write(file, original + pasted);

        Hub.Run check = Hub.run("check", "--source", site.toString());
        assertTrue(check.out().contains(file + ":" + (original.lines().count() + 2) + ":1: warning: „Medju“ is the old "
                + "spelling of „Među“ (dj for đ)"), check::out);
        assertTrue(check.out().contains("„nadje“ may be the old spelling of „nađe“"), check::out);

        Hub.Run run = fix();

        assertTrue(run.outLines().contains(file + ": wrote đ for the old spelling dj in 3 words"), run::out);
        assertEquals(original + "\nMeđu učesnicima bili su građani Zrenjanina i predstavnici međunarodnih organizacija; "
                + "odjava je podjednako jednostavna, a ko nadje vremena, neka pogleda `gradjani.pdf`.\n", read(file),
                "odjava and podjednako are d + j; nadje may be either; a file name is not text");
        Hub.Run fixAgain = fix();
        assertTrue(fixAgain.outLines().stream().noneMatch(l -> l.startsWith(file + ": wrote")), fixAgain::out);
    }

    private Hub.Run fix() {
        return Hub.run("check", "--fix", "--source", site.toString());
    }
}
