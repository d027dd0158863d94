package rs.iom.hub.publish;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import rs.iom.hub.problem.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputFolderTest {
    @TempDir
    Path temp;
    Path source;

    @BeforeEach
    void aSiteFolder() throws IOException {
        source = temp.resolve("site");
        for (String folder : List.of("content/sr", "templates", "assets", "data")) {
            Files.createDirectories(source.resolve(folder));
        }
        Files.writeString(source.resolve("content/sr/index.md"), "---\ntitle: x\n---\n");
    }

    private OutputFolder.Opened open(Path output) {
        return OutputFolder.open(output, source, List.of(source.resolve("content"), source.resolve("templates"),
                source.resolve("assets"), source.resolve("data")), "hub build", true, notice -> { });
    }

    private static String only(OutputFolder.Opened opened) {
        assertTrue(opened.folder().isEmpty(), "refused");
        assertEquals(1, opened.problems().size(), opened.problems()::toString);
        Problem problem = opened.problems().get(0);
        assertTrue(problem.isError());
        return problem.message();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void aMissingFolderIsCreatedAndMarkedAsHubs() throws IOException {
        Path output = temp.resolve("public/site");
        try (OutputFolder folder = open(output).folder().orElseThrow()) {
            assertEquals(output.toRealPath(), folder.live());
        }
        assertTrue(Files.isRegularFile(output.resolve(OutputFolder.MARKER)));
        assertEquals(List.of(OutputFolder.MARKER), names(output), "the work folder is gone after close");
    }

    @Test
    void aFolderWithFilesHubDidNotWriteIsRefusedAndLeftAsItWas() throws IOException {
        Path documents = temp.resolve("documents");
        write(documents.resolve("report.docx"), "mine");
        write(documents.resolve("old/notes.txt"), "mine too");

        String message = only(open(documents));

        assertTrue(message.contains("already holds files that hub did not write (such as old)"), message);
        assertEquals(List.of("old", "report.docx"), names(documents));
        assertEquals("mine too", Files.readString(documents.resolve("old/notes.txt")));
    }

    @Test
    void anEmptyFolderIsAccepted() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        try (OutputFolder folder = open(empty).folder().orElseThrow()) {
            assertEquals(empty.toRealPath(), folder.live());
        }
    }

    @Test
    void theSiteFolderItselfAndTheFoldersAboveItAreRefused() {
        assertTrue(only(open(source)).contains("holds the site's sources"));
        assertTrue(only(open(temp)).contains("holds the site's sources"));
    }

    @Test
    void foldersInsideTheSourcesAreRefused() {
        assertTrue(only(open(source.resolve("content/sr/site"))).contains("inside the source folder content/"));
        assertTrue(only(open(source.resolve("assets"))).contains("inside the source folder assets/"));
        assertTrue(only(open(source.resolve(".git/site"))).contains("inside the hidden folder .git"));
    }

    @Test
    void aLinkIntoTheSourcesIsRefusedByWhereItLeads() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("innocent"), source.resolve("content/sr"));
        String message = only(open(link.resolve("site")));
        assertTrue(message.contains("(it is " + source.toRealPath().resolve("content/sr/site") + ")"), message);
        assertTrue(message.contains("inside the source folder content/"), message);
        assertFalse(Files.exists(source.resolve("content/sr/site")));
    }

    @Test
    void aFileAndALinkToNothingAreRefused() throws IOException {
        write(temp.resolve("file"), "x");
        assertTrue(only(open(temp.resolve("file"))).contains("is a file, not a folder"));
        Path dangling = Files.createSymbolicLink(temp.resolve("dangling"), temp.resolve("nowhere"));
        assertTrue(only(open(dangling)).contains("is a link to " + temp.resolve("nowhere")
                + ", which does not exist"));
    }

    @Test
    void aHubFolderHoldingALinkIsRefused() throws IOException {
        Path output = temp.resolve("out");
        open(output).folder().orElseThrow().close();
        Files.createSymbolicLink(output.resolve("sr"), source.resolve("content/sr"));
        assertTrue(only(open(output)).contains("holds a link, sr → "));
    }

    @Test
    void publishingReplacesChangedFilesAddsNewOnesAndRemovesWhatTheSiteNoLongerHas() throws Exception {
        Path output = temp.resolve("out");
        publish(output, Map.of("index.html", "old home", "sr/a/index.html", "old a", "sr/b/index.html", "b"));

        publish(output, Map.of("index.html", "new home", "sr/c/index.html", "c"), "sr/b/index.html");

        assertEquals(Map.of("index.html", "new home", "sr/b/index.html", "b", "sr/c/index.html", "c"),
                texts(output));
        assertFalse(Files.exists(output.resolve("sr/a")), "the emptied folder is removed");
    }

    @Test
    void aPublishThatFailsHalfWayPutsTheWholeOldSiteBack() throws Exception {
        Path output = temp.resolve("out");
        publish(output, Map.of("a.html", "old a", "b/index.html", "old b", "z.html", "old z"));
        Map<String, String> before = texts(output);
        try (OutputFolder folder = open(output).folder().orElseThrow()) {
            Path staging = folder.staging();
            write(staging.resolve("a.html"), "new a");
            write(staging.resolve("b"), "a file where a folder with a page is"); // b/index.html is kept: fails
            write(staging.resolve("c.html"), "new c");
            PublishException failure = assertThrows(PublishException.class,
                    () -> folder.publish(Set.of("a.html", "b", "b/index.html", "c.html")));
            assertTrue(failure.restored());
            assertTrue(failure.problem().message().startsWith("could not publish b into " + output), failure
                    .problem().message());
            assertTrue(failure.problem().hint().contains("the previous site was put back"));
        }
        assertEquals(before, texts(output));
        assertFalse(Files.exists(output.resolve(OutputFolder.WORK)));
    }

    @Test
    void theNextOpeningUndoesAPublishThatWasInterrupted() throws Exception {
        Path output = temp.resolve("out");
        publish(output, Map.of("a.html", "old a", "b.html", "old b", "gone.html", "old"));
        Map<String, String> before = texts(output);
        // what a killed publish leaves: its journal, a.html replaced, b.html moved aside, gone.html removed
        Path work = output.resolve(OutputFolder.WORK);
        new PublishJournal(List.of("a.html", "b.html", "new.html"), List.of("gone.html"))
                .write(Files.createDirectories(work).resolve("journal"));
        write(work.resolve("staging/b.html"), "new b");
        write(work.resolve("staging/new.html"), "new");
        Files.createDirectories(work.resolve("backup"));
        Files.move(output.resolve("gone.html"), work.resolve("backup/gone.html"));
        Files.move(output.resolve("a.html"), work.resolve("backup/a.html"));
        write(output.resolve("a.html"), "new a");
        Files.move(output.resolve("b.html"), work.resolve("backup/b.html"));

        OutputFolder.Opened opened = open(output);
        opened.folder().orElseThrow().close();

        assertEquals(before, texts(output));
        assertEquals(1, opened.notes().size());
        assertTrue(opened.notes().get(0).contains("hub has put the site it replaced back in place"));
    }

    @Test
    void aFolderTheSiteDidNotHaveIsMovedInAsAWholeAndTakenOutAgainByAnInterruptedPublish() throws Exception {
        Path output = temp.resolve("out");
        publish(output, Map.of("a.html", "old a", "b/index.html", "old b"));
        Map<String, String> before = texts(output);
        Path work = output.resolve(OutputFolder.WORK);
        write(work.resolve("staging/b/index.html"), "new b");
        write(work.resolve("staging/new/2024/x/index.html"), "new x");
        write(work.resolve("staging/new/index.html"), "new");
        assertEquals(List.of("b/index.html", "new/"), PublishedFiles.moves(work.resolve("staging"), output));

        // what a killed publish leaves: the new folder moved in, b/index.html not yet
        new PublishJournal(List.of("b/index.html", "new/"), List.of()).write(work.resolve("journal"));
        Files.move(work.resolve("staging/new"), output.resolve("new"));
        OutputFolder.Opened opened = open(output);
        opened.folder().orElseThrow().close();

        assertEquals(before, texts(output));
        assertFalse(Files.exists(output.resolve("new")));
        assertEquals(1, opened.notes().size());
    }

    @Test
    void aPublishIntoAnEmptyFolderMovesWholeFoldersAndGivesTheSameSite() throws Exception {
        Path output = temp.resolve("out");
        publish(output, Map.of("index.html", "home", "sr/index.html", "sr", "sr/vesti/2024/x/index.html", "x",
                "en/index.html", "en"));
        assertEquals(Map.of("index.html", "home", "sr/index.html", "sr", "sr/vesti/2024/x/index.html", "x",
                "en/index.html", "en"), texts(output));
        assertFalse(Files.exists(output.resolve(OutputFolder.WORK)));
        publish(output, Map.of("sr/vesti/2025/y/index.html", "y"), "index.html", "sr/index.html",
                "sr/vesti/2024/x/index.html");
        assertEquals(Map.of("index.html", "home", "sr/index.html", "sr", "sr/vesti/2024/x/index.html", "x",
                "sr/vesti/2025/y/index.html", "y"), texts(output));
    }

    @Test
    void workFoldersAndTemporaryFoldersOfEarlierVersionsAreRemoved() throws Exception {
        Path output = temp.resolve("out");
        publish(output, Map.of("a.html", "a"));
        write(output.resolve(OutputFolder.WORK).resolve("staging/a.html"), "left by a killed build");
        write(temp.resolve(".out.new-999999999/a.html"), "left by an earlier hub");
        write(temp.resolve(".other.new-999999999/a.html"), "not ours");

        open(output).folder().orElseThrow().close();

        assertEquals(List.of(OutputFolder.MARKER, "a.html"), names(output));
        assertFalse(Files.exists(temp.resolve(".out.new-999999999")));
        assertTrue(Files.exists(temp.resolve(".other.new-999999999/a.html")));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aSecondBuildWaitsUntilTheFirstHasFinished() throws Exception {
        Path output = temp.resolve("out");
        List<String> waiting = new CopyOnWriteArrayList<>();
        OutputFolder first = open(output).folder().orElseThrow();
        CompletableFuture<OutputFolder.Opened> second = CompletableFuture.supplyAsync(() -> OutputFolder.open(output,
                source, List.of(source.resolve("content")), "hub build", true, waiting::add));
        while (waiting.isEmpty()) {
            Thread.sleep(10);
        }
        assertFalse(second.isDone(), "the second waits");
        assertTrue(waiting.get(0).startsWith("Another hub is writing into " + output + " (hub build, process "
                + ProcessHandle.current().pid()), waiting.get(0));
        first.close();
        second.get(30, TimeUnit.SECONDS).folder().orElseThrow().close();
    }

    private void publish(Path output, Map<String, String> changed, String... kept) throws Exception {
        try (OutputFolder folder = open(output).folder().orElseThrow()) {
            Path staging = folder.staging();
            for (Map.Entry<String, String> file : changed.entrySet()) {
                write(staging.resolve(file.getKey()), file.getValue());
            }
            Set<String> expected = new java.util.HashSet<>(changed.keySet());
            expected.addAll(List.of(kept));
            folder.publish(expected);
        }
    }

    private static Map<String, String> texts(Path output) throws IOException {
        Map<String, String> texts = new java.util.TreeMap<>();
        for (String file : PublishedFiles.list(output)) {
            texts.put(file, Files.readString(output.resolve(file)));
        }
        return texts;
    }

    private static List<String> names(Path folder) throws IOException {
        try (var list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
