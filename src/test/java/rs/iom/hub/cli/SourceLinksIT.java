package rs.iom.hub.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rs.iom.hub.pipeline.BuildResult;
import rs.iom.hub.pipeline.SiteFolders;
import rs.iom.hub.pipeline.TestSites;
import rs.iom.hub.problem.Problem;
import rs.iom.hub.serve.PreviewSession;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Symbolic links in a copy of the real site, as a careless or hostile commit leaves them: a link out of its folder —
 * to the checkout's {@code .git/config} (where actions/checkout keeps its token), to a secret file elsewhere, to
 * {@code /proc/self/environ} — or a broken one, or one into a hidden folder, in {@code content/}, {@code assets/},
 * {@code templates/} or {@code data/}, is an error naming the link and its target, in {@code hub check},
 * {@code hub build} and the preview alike, and the secret's bytes appear nowhere in what is written. A link that stays
 * inside {@code content/} is followed and published.
 */
class SourceLinksIT {
    private static final String SECRET = "x-access-token:ghs_SECRET0123456789abcdef";

    @TempDir
    Path temp;
    Path site;
    /** A secret file outside the site folder (a PDF, so that only the link can be the problem). */
    Path secret;
    Path output;

    @BeforeEach
    void aCopyOfTheRealSiteInACheckoutWithASecretBesideIt() throws IOException {
        Path checkout = temp.resolve("checkout");
        site = TestSites.copyOfRealSite(checkout.resolve("site"));
        TestSites.write(site, ".git/config", "[http \"https://github.com/\"]\n\textraheader = AUTHORIZATION: basic "
                + SECRET + "\n");
        secret = Files.writeString(temp.resolve("secret.pdf"), "%PDF-1.4\n" + SECRET + "\n");
        output = temp.resolve("public/site");
    }

    private void link(String link, String target) throws IOException {
        Path file = site.resolve(link);
        Files.createDirectories(file.getParent());
        Files.createSymbolicLink(file, Path.of(target));
    }

    /** Where the secret really is, as messages show it. */
    private String secretPath() throws IOException {
        return secret.toRealPath().toString();
    }

    /**
     * {@code hub check} and {@code hub build} both exit with 1 and print exactly {@code problems} (each with its
     * hint) and nothing else; the build writes no file holding the secret.
     */
    private void assertRefused(String... problems) throws IOException {
        assertRefused(markdownFiles(), problems);
    }

    /** The same, when hub check stops before counting the content files ({@code files}: 0). */
    private void assertRefused(long files, String... problems) throws IOException {
        List<String> expected = Arrays.asList(problems);
        Hub.Run check = Hub.run("check", "--source", site.toString());
        assertEquals(HubCommand.PROBLEMS, check.exitCode(), check::out);
        List<String> lines = new ArrayList<>(expected);
        long errors = expected.stream().filter(l -> l.contains(": error: ")).count();
        lines.add(errors + (errors == 1 ? " error" : " errors") + ", 0 warnings in " + files + " files.");
        assertEquals(lines, check.outLinesWithoutNotes(), "hub check");

        Hub.Run build = Hub.run("build", "--source", site.toString(), "--output", output.toString(),
                "--base-url", TestSites.BASE_URL, "--today", TestSites.TODAY.toString());
        assertEquals(HubCommand.PROBLEMS, build.exitCode(), build::err);
        assertEquals(expected, build.errLines().subList(0, build.errLines().size() - 1), "hub build");
        assertTrue(build.errLines().get(build.errLines().size() - 1).startsWith("Build failed: " + errors
                + (errors == 1 ? " error" : " errors")), build::err);
        assertSecretNowhere(temp.resolve("public"));
    }

    /** The number of Markdown files hub check reports it looked at. */
    private long markdownFiles() throws IOException {
        return SiteFolders.files(site.resolve("content"), ".md").size();
    }

    private static void assertSecretNowhere(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        for (Map.Entry<String, byte[]> file : SiteFolders.snapshot(folder).entrySet()) {
            assertFalse(new String(file.getValue(), StandardCharsets.ISO_8859_1).contains("SECRET0123456789"),
                    () -> file.getKey() + " holds the secret");
        }
    }

    @Test
    void aLinkToTheCheckoutsGitConfigIsAnErrorAndNothingIsPublished() throws IOException {
        link("content/sr/x.txt", "../../.git/config");

        assertRefused("content/sr/x.txt: error: this is a link to .git/config, outside content/: hub never "
                        + "publishes files from outside the site's folders",
                "    hint: copy the file into content/sr/ instead of linking to it, or delete the link");
    }

    @Test
    void aLinkToASecretFileOutsideTheSiteIsAnError() throws IOException {
        link("content/en/annual-report.pdf", secret.toString());

        assertRefused("content/en/annual-report.pdf: error: this is a link to " + secretPath() + ", outside content/: "
                        + "hub never publishes files from outside the site's folders",
                "    hint: copy the file into content/en/ instead of linking to it, or delete the link");
    }

    @Test
    void aLinkToTheEnvironmentOfTheBuildIsAnError() throws IOException {
        Path environ = Path.of("/proc/self/environ");
        assertTrue(Files.isReadable(environ),
                "/proc/self/environ must be readable (the tests run on Linux, as CI does)");
        link("content/sr/env.txt", environ.toString());

        assertRefused("content/sr/env.txt: error: this is a link to " + environ.toRealPath() + ", outside content/: "
                        + "hub never publishes files from outside the site's folders",
                "    hint: copy the file into content/sr/ instead of linking to it, or delete the link");
        assertFalse(Files.exists(output.resolve("sr/env.txt")));
    }

    @Test
    void aBrokenLinkIsAnError() throws IOException {
        link("content/sr/izvestaj.pdf", "izvestaj-2022.pdf");

        assertRefused("content/sr/izvestaj.pdf: error: this is a link to izvestaj-2022.pdf, which does not exist",
                "    hint: delete the link, or put the file itself in content/sr/");
    }

    @Test
    void aLinkToAFolderOutsideTheSiteIsAnErrorAndNothingInItIsRead() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("documents"));
        Files.copy(secret, outside.resolve("secret.pdf"));
        link("content/sr/dokumenti", outside.toString());

        assertRefused("content/sr/dokumenti: error: this is a link to " + outside.toRealPath() + ", outside content/: "
                        + "hub never publishes files from outside the site's folders",
                "    hint: copy the folder into content/sr/ instead of linking to it, or delete the link");
    }

    @Test
    void aLinkIntoAHiddenFolderOfContentIsAnError() throws IOException {
        Files.createDirectories(site.resolve("content/.drafts"));
        Files.copy(secret, site.resolve("content/.drafts/plan.pdf"));
        link("content/sr/plan.pdf", "../.drafts/plan.pdf");

        assertRefused("content/sr/plan.pdf: error: this is a link to content/.drafts/plan.pdf, which is hidden "
                        + "(.drafts): hub never publishes hidden files or folders",
                "    hint: copy the file into content/sr/ instead of linking to it, or delete the link");
    }

    @Test
    void aLinkToAFolderThatHoldsItIsAnErrorNotAnEndlessWalk() throws IOException {
        link("content/sr/sve", "..");

        assertRefused("content/sr/sve: error: this is a link to content, a folder that contains the link itself: "
                + "following it would never end", "    hint: delete the link");
    }

    @Test
    void linksOutOfAssetsTemplatesAndDataAreErrorsToo() throws IOException {
        link("assets/css/secret.css", secret.toString());
        link("templates/components/secret.ftl", "../../../../secret.pdf");
        Files.delete(site.resolve("data/translit/keep-latin.txt"));
        link("data/translit/keep-latin.txt", secret.toString());
        String real = secretPath();

        assertRefused(
                "assets/css/secret.css: error: this is a link to " + real + ", outside assets/: hub never publishes "
                        + "files from outside the site's folders",
                "    hint: copy the file into assets/css/ instead of linking to it, or delete the link",
                "data/translit/keep-latin.txt: error: this is a link to " + real + ", outside data/: hub never reads "
                        + "files from outside the site's folders",
                "    hint: copy the file into data/translit/ instead of linking to it, or delete the link",
                "templates/components/secret.ftl: error: this is a link to " + real + ", outside templates/: hub "
                        + "never reads files from outside the site's folders",
                "    hint: copy the file into templates/components/ instead of linking to it, or delete the link");
    }

    @Test
    void aMessageFileThatLinksOutIsAnErrorAndIsNotRead() throws IOException {
        Path copy = temp.resolve("sr.yaml");
        Files.move(site.resolve("data/i18n/sr.yaml"), copy);
        Files.writeString(copy, Files.readString(copy) + "# " + SECRET + "\n");
        link("data/i18n/sr.yaml", copy.toString());

        assertRefused(0, "data/i18n/sr.yaml: error: this is a link to " + copy.toRealPath() + ", outside data/: hub "
                        + "never reads files from outside the site's folders",
                "    hint: copy the file into data/i18n/ instead of linking to it, or delete the link");
    }

    @Test
    void settingsThatLinkOutOfTheSiteAreAnError() throws IOException {
        Path copy = temp.resolve("jbake.properties");
        Files.move(site.resolve("jbake.properties"), copy);
        link("jbake.properties", copy.toString());

        Hub.Run check = Hub.run("check", "--source", site.toString());
        String problem = "jbake.properties: error: this is a link to " + copy.toRealPath() + ", outside the site "
                + "folder: hub never reads files from outside the site's folders";
        String hint = "    hint: copy the file into the site folder instead of linking to it, or delete the link";
        assertEquals(List.of(problem, hint, "1 error, 0 warnings in 0 files."), check.outLinesWithoutNotes());
        assertEquals(HubCommand.PROBLEMS, check.exitCode());
        Hub.Run build = Hub.run("build", "--source", site.toString(), "--output", output.toString());
        assertEquals(List.of(problem, hint), build.errLines().subList(0, 2));
        assertEquals(HubCommand.PROBLEMS, build.exitCode());
    }

    @Test
    void thePreviewReportsTheSameProblems() throws IOException {
        link("content/sr/x.txt", "../../.git/config");
        StringWriter err = new StringWriter();

        try (PreviewSession preview = new PreviewSession(site, temp.resolve("preview"), 0, false,
                new rs.iom.hub.jbake.JBakeEngine(), Converters.standard(site), new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))) {
            BuildResult result = preview.lastResult();
            assertFalse(result.success());
            assertEquals(List.of("content/sr/x.txt: error: this is a link to .git/config, outside content/: hub never "
                    + "publishes files from outside the site's folders"), result.problems().stream()
                    .map(Problem::headline).toList());
        }
        assertSecretNowhere(temp.resolve("preview"));
    }

    @Test
    void linksThatStayInsideContentAreFollowedAndPublished() throws IOException {
        byte[] pdf = "%PDF-1.4\nIzveštaj\n".getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(site.resolve("content/zajednicko"));
        Files.write(site.resolve("content/zajednicko/izvestaj.pdf"), pdf);
        link("content/sr/izvestaj.pdf", "../zajednicko/izvestaj.pdf");
        link("content/en/documents", "../zajednicko");

        Hub.Run check = Hub.run("check", "--source", site.toString());
        assertEquals(List.of("No problems found in " + markdownFiles() + " files."),
                check.outLinesWithoutNotes());
        Hub.Run build = Hub.run("build", "--source", site.toString(), "--output", output.toString(),
                "--base-url", TestSites.BASE_URL, "--today", TestSites.TODAY.toString());

        assertEquals(HubCommand.OK, build.exitCode(), build::err);
        assertArrayEquals(pdf, Files.readAllBytes(output.resolve("sr/izvestaj.pdf")));
        assertArrayEquals(pdf, Files.readAllBytes(output.resolve("en/documents/izvestaj.pdf")));
        assertArrayEquals(pdf, Files.readAllBytes(output.resolve("zajednicko/izvestaj.pdf")));
        assertFalse(Files.isSymbolicLink(output.resolve("sr/izvestaj.pdf")), "a copy, not a link");
    }

    @Test
    void aSiteFolderReachedThroughALinkIsCheckedAndBuiltAsUsual() throws IOException {
        Path alias = Files.createSymbolicLink(temp.resolve("alias"), site);
        link("content/sr/izvestaj.pdf", "../../../secret-inside.pdf");
        Files.writeString(site.getParent().resolve("secret-inside.pdf"), "%PDF-1.4\n" + SECRET);
        Hub.Run check = Hub.run("check", "--source", alias.toString());
        String problems = String.join("\n", check.outLinesWithoutNotes()); // the seed content's notes left out
        assertTrue(problems.startsWith("content/sr/izvestaj.pdf: error: this is a link to "
                + site.getParent().toRealPath().resolve("secret-inside.pdf") + ", outside content/"), check::out);

        Files.delete(site.resolve("content/sr/izvestaj.pdf"));
        Files.write(site.resolve("content/sr/izvestaj.pdf"), "%PDF-1.4\n".getBytes(StandardCharsets.UTF_8));
        link("content/en/report.pdf", "../sr/izvestaj.pdf");
        Hub.Run build = Hub.run("build", "--source", alias.toString(), "--output", output.toString(),
                "--base-url", TestSites.BASE_URL, "--today", TestSites.TODAY.toString());
        assertEquals(HubCommand.OK, build.exitCode(), build::err);
        assertTrue(Files.isRegularFile(output.resolve("en/report.pdf")));
    }
}
