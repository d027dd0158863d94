package rs.iom.hub.i18n;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rs.iom.hub.problem.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageFilesTest {
    @TempDir
    Path site;

    private void write(String language, String text) throws IOException {
        Path file = site.resolve("data/i18n/" + language + ".yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static List<String> messages(List<Problem> problems) {
        return problems.stream().map(p -> p.file() + ":" + p.line() + " " + p.message()).toList();
    }

    @Test
    void filesReadAgainUnchangedGiveTheSameMessagesAndProblems() throws IOException {
        write("sr", "site:\n  name: Migracije\nnews:\n  count: '{count, plural, one {# vest} other {# vesti}'\n");
        write("en", "site:\n  name: Migration\n");

        MessageFiles.Result first = MessageFiles.load(site, List.of("sr", "en"));
        MessageFiles.Result again = MessageFiles.load(site, List.of("sr", "en"));

        assertEquals(messages(first.problems()), messages(again.problems()));
        assertFalse(first.messages().containsKey("sr"), "the broken count keeps the file out");
        assertEquals("Migration", again.messages().get("en").text("site.name"));
        assertTrue(messages(again.problems()).stream().anyMatch(m -> m.contains("'news.count' is not a valid count")));
    }

    @Test
    void aChangedFileIsParsedAgain() throws IOException {
        write("sr", "site:\n  name: Migracije\n");
        write("en", "site:\n  name: Migration\n");
        assertEquals("Migracije", MessageFiles.load(site, List.of("sr", "en")).messages().get("sr").text("site.name"));

        write("sr", "site:\n  name: Migracije i razvoj\n");
        MessageFiles.Result changed = MessageFiles.load(site, List.of("sr", "en"));

        assertEquals("Migracije i razvoj", changed.messages().get("sr").text("site.name"));
        assertEquals(List.of(), changed.problems());
    }

    @Test
    void aFileBrokenAgainReportsItsErrorAgain() throws IOException {
        write("sr", "site: [name\n");
        write("en", "site:\n  name: Migration\n");

        for (int i = 0; i < 2; i++) {
            MessageFiles.Result result = MessageFiles.load(site, List.of("sr", "en"));
            assertFalse(result.messages().containsKey("sr"));
            assertEquals(1, result.problems().size(), messages(result.problems()).toString());
            assertTrue(result.problems().get(0).message().startsWith("the message file is not valid YAML"));
        }
    }

    @Test
    void theSameTextAsAnOverlayIsNotCheckedAsALanguageFile() throws IOException {
        String text = "site:\n  name: '{count, plural, one {# x}'\n";
        write("sr", "site:\n  name: Migracije\n");
        write("sr-cyrl", text);

        MessageFiles.Result result = MessageFiles.load(site, List.of("sr"));

        assertEquals(List.of(), result.problems());
        assertTrue(result.editionOverlays().containsKey("sr-cyrl"));
    }
}
