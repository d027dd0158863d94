package rs.iom.hub.build;

import rs.iom.hub.pipeline.BuildResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import rs.iom.hub.cli.HubCommand;
import rs.iom.hub.problem.Problem;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build that fails leaves the previously baked site exactly as it was and says where the mistake is. The sources
 * are a copy of the real site, baked once with the command line, then broken.
 */
class FailedBuildIT {
    private static final String PAGE = "content/sr/o-projektu.md";

    @TempDir
    static Path temp;
    static Path source;
    static Path output;
    static Map<String, byte[]> before;

    /** What one run of {@code hub build} printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    static Run hub(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = HubCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static Run build() {
        return hub("build", "--source", source.toString(), "--output", output.toString(),
                "--base-url", TestSites.BASE_URL, "--today", TestSites.TODAY.toString());
    }

    @BeforeAll
    static void bakeTheSiteOnce() {
        source = TestSites.copyOfRealSite(temp.resolve("source"));
        output = temp.resolve("public/site");
        Run run = build();
        assertEquals(HubCommand.OK, run.exitCode(), run::err);
        assertTrue(run.out().startsWith("Built "), run.out());
        before = snapshot(output);
        assertTrue(before.size() > 30, before::toString);
    }

    private static Map<String, byte[]> snapshot(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static void assertOutputUnchanged() {
        Map<String, byte[]> after = snapshot(output);
        assertEquals(before.keySet(), after.keySet(), "the same files");
        before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file + " is unchanged"));
        try (Stream<Path> siblings = Files.list(output.getParent())) {
            assertEquals(List.of(output), siblings.toList(), "no temporary folder is left beside the output");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code change} on a source file, then puts the file back as it was. */
    private static void withChangedFile(String file, java.util.function.UnaryOperator<String> change,
                                        Runnable test) {
        Path path = source.resolve(file);
        try {
            String original = Files.readString(path, StandardCharsets.UTF_8);
            Files.writeString(path, change.apply(original), StandardCharsets.UTF_8);
            try {
                test.run();
            } finally {
                Files.writeString(path, original, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void brokenFrontMatterFailsWithFileLineAndColumnAndLeavesTheSiteUnchanged() {
        withChangedFile(PAGE, text -> text.replace("title: O projektu\n", "title: O projektu: cilj\n"), () -> {
            Run run = build();

            assertEquals(HubCommand.PROBLEMS, run.exitCode(), run::err);
            assertTrue(run.err().contains(PAGE + ":2:18: error: a value contains ': ' which YAML reads as a new field"),
                    run.err());
            assertTrue(run.err().contains("hint: put the whole value in double quotes"), run.err());
            assertTrue(run.err().contains("Build failed: 1 error, "), "one mistake, one error: " + run.err());
            assertTrue(run.err().contains("The previous site in " + output.toAbsolutePath().normalize()
                    + " was left as it was."), run.err());
            assertFalse(run.out().contains("Built"), run.out());
            assertOutputUnchanged();
        });
    }

    @Test
    void unclosedFrontMatterFailsAtItsFirstLine() {
        withChangedFile(PAGE, text -> text.replaceFirst("\n---\n", "\n\n"), () -> {
            Run run = build();

            assertEquals(HubCommand.PROBLEMS, run.exitCode(), run::err);
            assertTrue(run.err().contains(PAGE + ":1:1: error: the front matter that starts here is never closed"),
                    run.err());
            assertOutputUnchanged();
        });
    }

    @Test
    void theBuilderReturnsTheErrorWithItsPositionAndNoPages() {
        withChangedFile(PAGE, text -> text.replace("date: 2022-03-04", "date: 2022-02-30"), () -> {
            BuildResult result = TestSites.build(source, output);

            assertFalse(result.success());
            assertEquals(0, result.pages());
            List<Problem> errors = result.problems().stream().filter(Problem::isError).toList();
            assertEquals(1, errors.size(), errors::toString);
            assertEquals(PAGE + ":3:7: error: the date 2022-02-30 does not exist (February 2022 has 28 days)",
                    errors.get(0).headline());
            assertOutputUnchanged();
        });
    }

    @Test
    void aTemplateThatFailsWhileRenderingLeavesTheSiteUnchanged() {
        withChangedFile("templates/page.ftl", text -> text.replace("<@layout.page>", "<@layout.page>${doc.noSuchField}"), () -> {
            Run run = build();

            assertEquals(HubCommand.PROBLEMS, run.exitCode(), run::err);
            assertTrue(run.err().contains("templates/page.ftl:"), run.err());
            assertTrue(run.err().contains("error: template error while rendering"), run.err());
            assertOutputUnchanged();
        });
    }

    @Test
    void afterTheMistakeIsFixedTheSiteBuildsAgainIdentically() {
        Run run = build();

        assertEquals(HubCommand.OK, run.exitCode(), run::err);
        assertOutputUnchanged();
    }
}
