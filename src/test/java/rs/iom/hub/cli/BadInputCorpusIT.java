package rs.iom.hub.cli;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import rs.iom.hub.pipeline.BakedSite;
import rs.iom.hub.pipeline.SiteFolders;
import rs.iom.hub.pipeline.TestSites;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bad-input corpus ({@code src/test/resources/bad-input/}, described in its README.md): every case is a folder
 * whose files are laid over a fixture site made of the real project's settings, templates, assets and data; its
 * {@code expected.txt} is exactly what {@code hub check} must print. Adding a case is adding a folder.
 */
class BadInputCorpusIT {
    private static final Path CORPUS = TestSites.projectDir().resolve("src/test/resources/bad-input");
    /** Files of a case folder that describe the case instead of being part of its site. */
    private static final List<String> CASE_DESCRIPTION = List.of("expected.txt", "changes.tsv", "expected-html.tsv",
            "expected-github.txt", "README.md");

    @TempDir
    static Path temp;
    /** A good build of a small valid site, copied into the output folder of every failing build first. */
    static Path previousBuild;
    static final Map<String, Path> fixtures = new ConcurrentHashMap<>();

    @BeforeAll
    static void bakeAPreviousGoodSite() {
        Path good = TestSites.copyOfRealSite(temp.resolve("good/source"), false);
        TestSites.write(good, "content/sr/o-projektu.md", "---\ntitle: O projektu\ndate: 2022-03-04\n"
                + "translationKey: about\n---\n\nTekst stranice.\n");
        TestSites.write(good, "content/en/about.md", "---\ntitle: About the project\ndate: 2022-03-04\n"
                + "translationKey: about\n---\n\nThe text of the page.\n");
        previousBuild = temp.resolve("good/site");
        Hub.Run run = Hub.run("build", "--source", good.toString(), "--output", previousBuild.toString(),
                "--base-url", TestSites.BASE_URL, "--today", TestSites.TODAY.toString());
        assertEquals(HubCommand.OK, run.exitCode(), run::err);
    }

    static List<String> cases() {
        try (Stream<Path> folders = Files.list(CORPUS)) {
            List<String> names = folders.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .sorted().toList();
            assertTrue(names.size() >= 32, "the corpus has at least 32 cases: " + names);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<String> casesWithErrors() {
        return cases().stream().filter(name -> expected(name).errors() > 0);
    }

    static Stream<String> casesWithoutErrors() {
        return cases().stream().filter(name -> expected(name).errors() == 0);
    }

    static Stream<String> casesWithWarningsOnly() {
        return casesWithoutErrors().filter(name -> expected(name).warnings() > 0);
    }

    @Test
    void theCorpusHasCasesWithErrorsCasesWithWarningsOnlyAndCleanCases() {
        assertTrue(casesWithErrors().count() >= 25, "error cases");
        assertTrue(casesWithWarningsOnly().count() >= 3, "warning-only cases");
        assertTrue(casesWithoutErrors().filter(name -> expected(name).warnings() == 0).count() >= 3, "clean cases");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void checkPrintsExactlyTheExpectedProblemsAndExitsWithOneOnlyForErrors(String name) {
        Expected expected = expected(name);
        Hub.Run run = Hub.run("check", "--source", fixture(name).toString());

        assertEquals(expected.lines(), run.outLines(), () -> "hub check output of case '" + name + "'");
        assertEquals("", run.err(), "nothing on stderr");
        assertEquals(expected.errors() > 0 ? HubCommand.PROBLEMS : HubCommand.OK, run.exitCode(),
                "exit code of case '" + name + "'");
    }

    static Stream<String> casesWithGithubOutput() {
        return cases().stream().filter(name -> Files.exists(CORPUS.resolve(name).resolve("expected-github.txt")));
    }

    @Test
    void someCasesShowWhatGithubIsGiven() {
        assertTrue(casesWithGithubOutput().count() >= 3, casesWithGithubOutput().toList()::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("casesWithGithubOutput")
    void checkForGithubPrintsEachProblemAsAnAnnotationAndWritesTheSummaryPage(String name) throws IOException {
        Expected expected = expected(name);
        Path summary = temp.resolve(name).resolve("step-summary.md");
        Files.createDirectories(summary.getParent());
        Files.writeString(summary, "earlier step\n");

        Hub.Run run = Hub.run("check", "--format", "github", "--summary", summary.toString(), "--source",
                fixture(name).toString());

        List<String> github = Files.readAllLines(CORPUS.resolve(name).resolve("expected-github.txt"),
                StandardCharsets.UTF_8);
        assertEquals(github, run.outLines(), () -> "hub check --format github output of case '" + name + "'");
        assertEquals(expected.errors() > 0 ? HubCommand.PROBLEMS : HubCommand.OK, run.exitCode());
        List<String> page = Files.readAllLines(summary, StandardCharsets.UTF_8);
        assertEquals("earlier step", page.get(0), "the summary is added to what earlier steps wrote");
        assertEquals("### hub check: " + expected.lines().get(expected.lines().size() - 1), page.get(1));
        assertEquals(expected.errors() + expected.warnings(), page.stream().filter(l -> l.startsWith("| error |")
                || l.startsWith("| warning |")).count(), "a table row per problem");
    }

    /** Cases where a version's text is in the wrong language, told by Lingua's models. */
    static Stream<String> casesAboutLanguage() {
        return cases().stream().filter(name -> expected(name).lines().stream()
                .anyMatch(l -> l.matches(".*: warning: this is the \\w+ version, but .* as \\w+: is it translated\\?")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("casesAboutLanguage")
    void theHubJarWithOnlyTheLanguageModelsItShipsPrintsTheSame(String name) {
        // the tests run with Lingua's whole jar; target/lib holds hub-lingua.jar, cut to the models hub reads
        Hub.Run run = HubProcess.run(temp.resolve("logs"), "check", "--source", fixture(name).toString());

        assertEquals(expected(name).lines(), run.outLines(), () -> "java -jar target/hub.jar check, case '" + name
                + "'");
    }

    @Test
    void atLeastThreeCasesAreAboutLanguage() {
        assertTrue(casesAboutLanguage().count() >= 3, casesAboutLanguage().toList()::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("casesWithoutErrors")
    void strictCheckPrintsTheSameAndExitsWithOneWhenThereAreWarnings(String name) {
        Expected expected = expected(name);
        Hub.Run run = Hub.run("check", "--strict", "--source", fixture(name).toString());

        assertEquals(expected.lines(), run.outLines(), () -> "hub check --strict output of case '" + name + "'");
        assertEquals(expected.warnings() > 0 ? HubCommand.PROBLEMS : HubCommand.OK, run.exitCode(),
                "exit code of case '" + name + "'");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("casesWithErrors")
    void buildFailsWithTheSameProblemsAndLeavesThePreviousSiteByteForByte(String name) {
        Expected expected = expected(name);
        Path output = temp.resolve(name).resolve("public/site");
        SiteFolders.copy(previousBuild, output);
        Map<String, byte[]> before = SiteFolders.snapshot(output);

        Hub.Run run = Hub.run("build", "--source", fixture(name).toString(), "--output", output.toString(),
                "--base-url", TestSites.BASE_URL, "--today", TestSites.TODAY.toString());

        assertEquals(HubCommand.PROBLEMS, run.exitCode(), run::err);
        List<String> err = new ArrayList<>(expected.buildLines());
        err.add(String.format(Locale.ROOT, "Build failed: %s. The previous site in %s was left as it was.",
                expected.counts(), output.toAbsolutePath().normalize()));
        assertEquals(err, run.errLines(), () -> "hub build stderr of case '" + name + "'");
        assertEquals("", run.out(), "nothing on stdout");
        SiteFolders.assertSame(before, SiteFolders.snapshot(output));
        assertEquals(List.of("site"), SiteFolders.names(output.getParent()),
                "no temporary folder is left beside the output");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("casesWithoutErrors")
    void buildSucceedsAndThePagesShowTheTextAsWritten(String name) throws IOException {
        Expected expected = expected(name);
        Path output = temp.resolve(name).resolve("public/site");

        Hub.Run run = Hub.run("build", "--source", fixture(name).toString(), "--output", output.toString(),
                "--base-url", TestSites.BASE_URL, "--today", TestSites.TODAY.toString());

        assertEquals(HubCommand.OK, run.exitCode(), run::err);
        assertEquals(expected.buildLines(), run.errLines(), "the warnings are printed as by hub check");
        assertTrue(run.out().startsWith("Built "), run.out());
        System.out.println("bad-input/" + name + ": " + run.out().strip());
        BakedSite site = new BakedSite(output, TestSites.BASE_URL, null);
        for (String page : site.htmlPages()) {
            for (Element script : site.page(page).select("script")) {
                assertTrue(script.attr("src").endsWith("/js/search.js")
                                || script.attr("type").equals("application/ld+json") && !script.data().contains("<"),
                        () -> page + " has a script that is not the site's: " + script.outerHtml());
            }
        }
        Path checks = CORPUS.resolve(name).resolve("expected-html.tsv");
        if (Files.exists(checks)) {
            for (String line : Files.readAllLines(checks, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                assertEquals(3, cells.length, () -> "expected-html.tsv: file, selector, text: " + line);
                assertTrue(site.exists(cells[0]), cells[0]);
                Element element = site.page(cells[0]).selectFirst(cells[1]);
                assertNotNull(element, cells[0] + " " + cells[1]);
                assertEquals(cells[2], element.text(), cells[0] + " " + cells[1]);
            }
        }
    }

    /** The fixture site of a case, made once: the real settings, templates, assets and data, plus the case. */
    static Path fixture(String name) {
        return fixtures.computeIfAbsent(name, n -> {
            Path site = TestSites.copyOfRealSite(temp.resolve(n).resolve("source"), false);
            Path folder = CORPUS.resolve(n);
            try {
                for (String relative : SiteFolders.files(folder)) {
                    if (CASE_DESCRIPTION.contains(relative)) {
                        continue;
                    }
                    // name.md.bin holds bytes an editor or Git could change (BOM, CRLF, invalid UTF-8)
                    Path target = site.resolve(relative.endsWith(".bin")
                            ? relative.substring(0, relative.length() - ".bin".length()) : relative);
                    Files.createDirectories(target.getParent());
                    Files.copy(folder.resolve(relative), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                Path changes = folder.resolve("changes.tsv");
                if (Files.exists(changes)) {
                    applyChanges(site, Files.readAllLines(changes, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertTrue(Files.isDirectory(site.resolve("content")), n + " has content/");
            return site;
        });
    }

    /**
     * Applies {@code changes.tsv}: {@code path<TAB>replace<TAB>text<TAB>replacement} (the text must occur exactly
     * once) and {@code path<TAB>repeat<TAB>bytes<TAB>text} (appends the text until the file has that many bytes);
     * {@code \n}, {@code \t} and {@code \\} stand for a line end, a tab and a backslash.
     */
    private static void applyChanges(Path site, List<String> lines) throws IOException {
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            assertEquals(4, cells.length, () -> "changes.tsv: path, operation and two values: " + line);
            Path file = site.resolve(cells[0]);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            switch (cells[1]) {
                case "replace" -> {
                    String find = unescape(cells[2]);
                    int at = text.indexOf(find);
                    assertTrue(at >= 0 && text.indexOf(find, at + 1) < 0,
                            () -> cells[0] + " contains '" + cells[2] + "' exactly once");
                    Files.writeString(file, text.replace(find, unescape(cells[3])), StandardCharsets.UTF_8);
                }
                case "repeat" -> {
                    long size = Long.parseLong(cells[2]);
                    String paragraph = unescape(cells[3]);
                    StringBuilder grown = new StringBuilder(text);
                    long bytes = text.getBytes(StandardCharsets.UTF_8).length;
                    long step = paragraph.getBytes(StandardCharsets.UTF_8).length;
                    while (bytes < size) {
                        grown.append(paragraph);
                        bytes += step;
                    }
                    Files.writeString(file, grown, StandardCharsets.UTF_8);
                }
                default -> throw new AssertionError("changes.tsv: unknown operation '" + cells[1] + "'");
            }
        }
    }

    private static String unescape(String cell) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                char next = cell.charAt(++i);
                sb.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> next;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A case's {@code expected.txt}: the problem lines (each with its hint line) and the summary line. */
    record Expected(List<String> lines) {
        List<String> problemLines() {
            return lines.subList(0, lines.size() - 1);
        }

        /**
         * The problem lines {@code hub build} prints: without the notes ({@code info:} lines and their hints), which
         * only {@code hub check} shows.
         */
        List<String> buildLines() {
            List<String> build = new ArrayList<>();
            boolean note = false;
            for (String line : problemLines()) {
                if (!line.startsWith(" ")) {
                    note = line.contains(": info: ");
                }
                if (!note) {
                    build.add(line);
                }
            }
            return build;
        }

        long errors() {
            return problemLines().stream().filter(l -> !l.startsWith(" ") && l.contains(": error: ")).count();
        }

        long warnings() {
            return problemLines().stream().filter(l -> !l.startsWith(" ") && l.contains(": warning: ")).count();
        }

        String counts() {
            return errors() + " error" + (errors() == 1 ? "" : "s") + ", " + warnings() + " warning"
                    + (warnings() == 1 ? "" : "s");
        }
    }

    static Expected expected(String name) {
        Path file = CORPUS.resolve(name).resolve("expected.txt");
        assertTrue(Files.exists(file), () -> "bad-input/" + name + " has no expected.txt; hub check prints:\n"
                + Hub.run("check", "--source", fixture(name).toString()).out());
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertFalse(lines.isEmpty(), file + " is empty");
            return new Expected(List.copyOf(lines));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
