package rs.iom.hub.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rs.iom.hub.pipeline.SiteFolders;
import rs.iom.hub.pipeline.TestSites;
import rs.iom.hub.cli.Hub;
import rs.iom.hub.cli.HubCommand;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The settings JBake documents, in jbake.properties, as hub honours them: the four folder settings, default.status,
 * and a setting hub has no use for refused at its line.
 */
class SettingsIT {
    @TempDir
    Path temp;

    private static Hub.Run build(Path site, Path output) {
        return Hub.run("build", "--source", site.toString(), "--output", output.toString(), "--base-url",
                TestSites.BASE_URL, "--today", TestSites.TODAY.toString());
    }

    private static void rename(Path site, String from, String to) throws IOException {
        Files.move(site.resolve(from), site.resolve(to));
    }

    @Test
    void aSiteWhoseSettingsNameOtherFoldersBuildsTheSamePages() throws IOException {
        Path plain = TestSites.copyOfRealSite(temp.resolve("plain"));
        Path renamed = TestSites.copyOfRealSite(temp.resolve("renamed"));
        rename(renamed, "content", "sadrzaj");
        rename(renamed, "assets", "staticki");
        rename(renamed, "templates", "sabloni");
        rename(renamed, "data", "podaci");
        TestSites.setProperty(renamed, "content.folder", "sadrzaj");
        TestSites.setProperty(renamed, "asset.folder", "staticki");
        TestSites.setProperty(renamed, "template.folder", "sabloni");
        TestSites.setProperty(renamed, "data.folder", "podaci");

        Hub.Run first = build(plain, temp.resolve("out-plain"));
        Hub.Run second = build(renamed, temp.resolve("out-renamed"));

        assertEquals(HubCommand.OK, first.exitCode(), first::err);
        assertEquals(HubCommand.OK, second.exitCode(), second::err);
        Map<String, String> expected = texts(temp.resolve("out-plain"));
        Map<String, String> actual = texts(temp.resolve("out-renamed"));
        assertEquals(expected.keySet(), actual.keySet(), "the same files");
        assertTrue(expected.size() > 300, "the real site: " + expected.size() + " files");
        for (String file : expected.keySet()) {
            // "Edit this page" leads to the file where it really is
            String renamedPage = actual.get(file).replace("/sadrzaj/", "/content/");
            assertEquals(expected.get(file), renamedPage, file);
        }
        assertTrue(actual.get("sr/o-projektu/index.html").contains("/edit/main/sadrzaj/sr/o-projektu.md"),
                "the edit link names the renamed folder");
    }

    @Test
    void problemsNameTheFilesInTheRenamedFolders() throws IOException {
        Path site = TestSites.copyOfRealSite(temp.resolve("site"));
        rename(site, "content", "sadrzaj");
        TestSites.setProperty(site, "content.folder", "sadrzaj");
        TestSites.write(site, "sadrzaj/sr/bez-datuma.md", "---\ntitle: Bez datuma\ntranslationKey: bez-datuma\n---\n\n"
                + "Tekst.\n");
        TestSites.write(site, "sadrzaj/van-jezika.md", "---\ntitle: X\ndate: 2022-03-04\ntranslationKey: x\n---\n\nX.\n");

        Hub.Run check = Hub.run("check", "--source", site.toString());

        assertEquals(HubCommand.PROBLEMS, check.exitCode());
        assertTrue(check.outLines().contains("sadrzaj/sr/bez-datuma.md:1:1: error: the front matter has no 'date'"),
                check.out());
        assertTrue(check.outLines().contains("sadrzaj/van-jezika.md: error: this file is not inside a language folder"),
                check.out());
        assertTrue(check.out().contains("move it to sadrzaj/sr/ or sadrzaj/en/"), check.out());
    }

    @Test
    void settingsHubHasNoUseForAreErrorsAtTheirLines() throws IOException {
        Path site = TestSites.copyOfRealSite(temp.resolve("site"));
        Path properties = site.resolve("jbake.properties");
        int lines = Files.readAllLines(properties).size();
        List<String> text = new java.util.ArrayList<>(Files.readAllLines(properties));
        text.removeIf(line -> line.startsWith("content.folder="));
        lines = text.size();
        text.addAll(List.of("db.store=plocal", "hub.news.perpage=5", "render.index=false", "default.status=maybe",
                "content.folder=../elsewhere"));
        Files.write(properties, text, StandardCharsets.UTF_8);

        Hub.Run check = Hub.run("check", "--source", site.toString());

        assertEquals(HubCommand.PROBLEMS, check.exitCode());
        List<String> out = check.outLines();
        assertEquals("jbake.properties:" + (lines + 1) + ":1: error: the setting 'db.store' has no meaning for hub",
                out.get(0), check.out());
        assertTrue(out.contains("jbake.properties:" + (lines + 2) + ":1: error: the setting 'hub.news.perpage' has no "
                + "meaning for hub"), check.out());
        assertTrue(out.contains("    hint: did you mean 'hub.news.per-page'?"), check.out());
        assertTrue(out.contains("jbake.properties:" + (lines + 3) + ":1: error: render.index=false would leave the "
                + "site without home pages, where its root page leads"), check.out());
        assertTrue(out.contains("jbake.properties:" + (lines + 4) + ":1: error: default.status must be draft or "
                + "published, not 'maybe'"), check.out());
        assertTrue(out.contains("jbake.properties:" + (lines + 5) + ":1: error: content.folder must name a folder "
                + "inside the site folder, not '../elsewhere'"), check.out());
    }

    @Test
    void defaultStatusDraftKeepsTheFilesThatDoNotSayUnpublished() {
        Path site = TestSites.copyOfRealSite(temp.resolve("site"), false);
        TestSites.setProperty(site, "default.status", "draft");
        for (String language : List.of("sr", "en")) {
            TestSites.write(site, "content/" + language + "/bez-statusa.md", "---\ntitle: Bez statusa\n"
                    + "date: 2022-03-04\ntranslationKey: a\n---\n\nTekst.\n");
            TestSites.write(site, "content/" + language + "/objavljeno.md", "---\ntitle: Objavljeno\n"
                    + "date: 2022-03-04\ntranslationKey: b\nstatus: published\n---\n\nTekst.\n");
        }

        Hub.Run run = build(site, temp.resolve("out"));

        assertEquals(HubCommand.OK, run.exitCode(), run::err);
        assertFalse(Files.exists(temp.resolve("out/sr/bez-statusa/index.html")), "a file without status is a draft");
        assertTrue(Files.exists(temp.resolve("out/sr/objavljeno/index.html")));
    }

    @Test
    void renderSettingsLeaveOutTheirPagesAndEveryLinkToThem() throws IOException {
        Path site = TestSites.copyOfRealSite(temp.resolve("site"));
        for (String page : List.of("feed", "tags", "tagsindex", "archive", "sitemap", "error404")) {
            TestSites.setProperty(site, "render." + page, "false");
        }
        Path output = temp.resolve("out");

        Hub.Run run = build(site, output);

        assertEquals(HubCommand.OK, run.exitCode(), run::err);
        Map<String, String> files = texts(output);
        assertTrue(files.containsKey("sr/index.html") && files.containsKey("en/index.html"));
        for (String file : files.keySet()) {
            assertFalse(file.endsWith("feed.xml") || file.equals("sitemap.xml") || file.endsWith("404.html"),
                    file + " is switched off");
        }
        assertFalse(files.keySet().stream().anyMatch(f -> f.startsWith("sr/oznake/") || f.startsWith("sr/arhiva/")
                || f.startsWith("en/tags/") || f.startsWith("en/archive/")), "no tag or archive pages");
        for (Map.Entry<String, String> page : files.entrySet()) {
            if (page.getKey().endsWith(".html")) {
                org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page.getValue());
                for (org.jsoup.nodes.Element link : html.select("a[href], link[href]")) {
                    String href = link.attr("href");
                    assertFalse(href.contains("feed.xml") || href.contains("/oznake/") || href.contains("/arhiva/")
                                    || href.contains("/tags/") || href.contains("/archive/"),
                            page.getKey() + " links to a page that is switched off: " + link.outerHtml());
                }
            }
        }
        assertFalse(files.get("robots.txt").contains("Sitemap:"), files.get("robots.txt"));
    }

    private static Map<String, String> texts(Path folder) {
        Map<String, String> texts = new TreeMap<>();
        SiteFolders.snapshot(folder).forEach((file, bytes) -> texts.put(file, new String(bytes,
                StandardCharsets.UTF_8)));
        return texts;
    }
}
