package rs.iom.hub.pipeline;

import rs.iom.hub.pipeline.BuildResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rs.iom.hub.cli.Hub;
import rs.iom.hub.cli.HubCommand;
import rs.iom.hub.problem.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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

    static Hub.Run build() {
        return Hub.run("build", "--source", source.toString(), "--output", output.toString(),
                "--base-url", TestSites.BASE_URL, "--today", TestSites.TODAY.toString());
    }

    @BeforeAll
    static void bakeTheSiteOnce() {
        source = TestSites.copyOfRealSite(temp.resolve("source"));
        output = temp.resolve("public/site");
        Hub.Run run = build();
        assertEquals(HubCommand.OK, run.exitCode(), run::err);
        assertTrue(run.out().startsWith("Built "), run.out());
        before = SiteFolders.snapshot(output);
        assertTrue(before.size() > 30, before::toString);
    }

    private static void assertOutputUnchanged() {
        SiteFolders.assertSame(before, SiteFolders.snapshot(output));
        assertEquals(List.of(output.getFileName().toString()), SiteFolders.names(output.getParent()),
                "no temporary folder is left beside the output");
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
            Hub.Run run = build();

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
            Hub.Run run = build();

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
            Hub.Run run = build();

            assertEquals(HubCommand.PROBLEMS, run.exitCode(), run::err);
            assertTrue(run.err().contains("templates/page.ftl:"), run.err());
            assertTrue(run.err().contains("error: template error while rendering"), run.err());
            assertOutputUnchanged();
        });
    }

    @Test
    void afterTheMistakeIsFixedTheSiteBuildsAgainIdentically() {
        Hub.Run run = build();

        assertEquals(HubCommand.OK, run.exitCode(), run::err);
        assertOutputUnchanged();
    }
}
