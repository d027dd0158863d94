package rs.iom.hub.cli;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rs.iom.hub.pipeline.BakedSite;
import rs.iom.hub.pipeline.SiteFolders;
import rs.iom.hub.pipeline.TestSites;
import rs.iom.hub.content.DocumentReader;
import rs.iom.hub.content.DocumentStatus;
import rs.iom.hub.content.DocumentType;
import rs.iom.hub.problem.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code hub new} on a copy of the real site: the files it creates exist where it says, read back as drafts with the
 * given titles (however much quoting YAML needs), pass {@code hub check} with only "no text yet" warnings, and
 * build — unpublished, or shown with {@code --drafts}.
 */
class NewCommandIT {
    /** A day before the tests' build day, so that a new news item is not dated in the future. */
    private static final LocalDate DAY = LocalDate.of(2024, 11, 5);
    private static final String NO_TEXT_HINT = "    hint: write the text of the page below the closing '---' line";
    private static final DocumentReader READER = new DocumentReader(List.of("sr", "en"),
            Map.of("sr", "vesti", "en", "news"));

    @TempDir
    Path temp;
    Path site;
    Map<String, byte[]> contentBefore;

    @BeforeEach
    void copyTheRealSite() {
        site = TestSites.copyOfRealSite(temp.resolve("site"));
        contentBefore = SiteFolders.snapshot(site.resolve("content"));
    }

    private Hub.Run hubNew(String... args) {
        List<String> all = new ArrayList<>(List.of("new"));
        all.addAll(List.of(args));
        all.addAll(List.of("--source", site.toString(), "--today", DAY.toString()));
        return Hub.run(all.toArray(String[]::new));
    }

    private Hub.Run build(Path output, boolean drafts) {
        List<String> args = new ArrayList<>(List.of("build", "--source", site.toString(), "--output",
                output.toString(), "--base-url", TestSites.BASE_URL, "--today", TestSites.TODAY.toString()));
        if (drafts) {
            args.add("--drafts");
        }
        return Hub.run(args.toArray(String[]::new));
    }

    /** Reads a created file the way a build does; it must have no errors. */
    private rs.iom.hub.content.Document read(String source) throws IOException {
        Path file = site.resolve(source);
        assertTrue(Files.isRegularFile(file), source + " exists");
        DocumentReader.Result result = READER.read(source, Files.readAllBytes(file));
        assertEquals(List.of(), result.problems().stream().filter(Problem::isError).toList(), source);
        return result.document().orElseThrow();
    }

    private long markdownFilesBefore() {
        return contentBefore.keySet().stream().filter(file -> file.endsWith(".md")).count();
    }

    private void assertNothingWritten() {
        SiteFolders.assertSame(contentBefore, SiteFolders.snapshot(site.resolve("content")));
    }

    @Test
    void newNewsCreatesBothLanguageVersionsAsDraftsAtThePrintedPaths() throws IOException {
        Hub.Run run = hubNew("news", "--title", "Obuka za pružaoce usluga u Subotici");

        assertEquals(HubCommand.OK, run.exitCode(), run::err);
        String sr = "content/sr/vesti/2024/obuka-za-pruzaoce-usluga-u-subotici.md";
        String en = "content/en/vesti/2024/obuka-za-pruzaoce-usluga-u-subotici.md";
        assertEquals(List.of(sr, en, "Created 2 drafts (translationKey: 2024-11-05-obuka-za-pruzaoce-usluga-u-subotici)."
                + " Write the text, preview with 'hub serve --drafts', and publish by changing 'status: draft' to "
                + "'status: published'."), run.outLinesWithoutNotes());
        for (String source : List.of(sr, en)) {
            rs.iom.hub.content.Document doc = read(source);
            assertEquals("Obuka za pružaoce usluga u Subotici", doc.title(), "the title, to translate later");
            assertEquals(DAY, doc.date());
            assertEquals(DocumentType.NEWS, doc.type());
            assertEquals(DocumentStatus.DRAFT, doc.status());
            assertEquals("2024-11-05-obuka-za-pruzaoce-usluga-u-subotici", doc.translationKey());
            assertEquals(List.of(), doc.tags());
        }
    }

    @Test
    void theNewDraftsPassCheckWithOnlyNoTextYetWarningsAndBuildUnpublishedOrWithDrafts() {
        assertEquals(HubCommand.OK, hubNew("news", "--title", "Obuka za pružaoce usluga u Subotici",
                "--translated-title", "Training for service providers in Subotica").exitCode());
        String sr = "content/sr/vesti/2024/obuka-za-pruzaoce-usluga-u-subotici.md";
        String en = "content/en/vesti/2024/training-for-service-providers-in-subotica.md";

        Hub.Run check = Hub.run("check", "--source", site.toString());

        assertEquals(List.of(
                en + ":9:1: warning: the page has no text yet", NO_TEXT_HINT,
                sr + ":9:1: warning: the page has no text yet", NO_TEXT_HINT,
                "0 errors, 2 warnings in " + (markdownFilesBefore() + 2) + " files."), check.outLinesWithoutNotes());
        assertEquals(HubCommand.OK, check.exitCode());

        Hub.Run published = build(temp.resolve("published"), false);
        assertEquals(HubCommand.OK, published.exitCode(), published::err);
        BakedSite site = new BakedSite(temp.resolve("published"), TestSites.BASE_URL, null);
        assertFalse(site.exists("sr/vesti/2024/obuka-za-pruzaoce-usluga-u-subotici/index.html"), "a draft");
        assertFalse(site.exists("sr-cyrl/vesti/2024/obuka-za-pruzaoce-usluga-u-subotici/index.html"), "a draft");
        assertFalse(site.exists("en/news/2024/training-for-service-providers-in-subotica/index.html"), "a draft");
        assertFalse(site.text("sr/vesti/index.html").contains("Subotic"), "not on the news list");
        assertFalse(site.text("sr/feed.xml").contains("Subotic"), "not in the feed");

        Hub.Run withDrafts = build(temp.resolve("preview"), true);
        assertEquals(HubCommand.OK, withDrafts.exitCode(), withDrafts::err);
        BakedSite preview = new BakedSite(temp.resolve("preview"), TestSites.BASE_URL, null);
        Document srPage = preview.page("sr/vesti/2024/obuka-za-pruzaoce-usluga-u-subotici/index.html");
        assertEquals("Obuka za pružaoce usluga u Subotici", srPage.selectFirst("h1").text());
        assertFalse(srPage.html().contains("Ovde napišite tekst"), "the instruction comment is not published");
        assertEquals("Обука за пружаоце услуга у Суботици", preview.page(
                "sr-cyrl/vesti/2024/obuka-za-pruzaoce-usluga-u-subotici/index.html").selectFirst("h1").text());
        Document enPage = preview.page("en/news/2024/training-for-service-providers-in-subotica/index.html");
        assertEquals("Training for service providers in Subotica", enPage.selectFirst("h1").text());
        assertEquals(preview.pathOf("en/news/2024/training-for-service-providers-in-subotica/index.html"),
                srPage.selectFirst(".language-switcher a[hreflang=en]").attr("href"), "the versions are linked");
    }

    @Test
    void withLangEnTheEnglishTitleNamesTheKeyAndTheSerbianFileTakesTheTranslatedTitle() throws IOException {
        Hub.Run run = hubNew("news", "--lang", "en", "--title", "Training for service providers in Subotica",
                "--translated-title", "Obuka za pružaoce usluga u Subotici");

        assertEquals(HubCommand.OK, run.exitCode(), run::err);
        String sr = "content/sr/vesti/2024/obuka-za-pruzaoce-usluga-u-subotici.md";
        String en = "content/en/vesti/2024/training-for-service-providers-in-subotica.md";
        assertEquals(List.of(sr, en), run.outLinesWithoutNotes().subList(0, 2));
        assertEquals("Obuka za pružaoce usluga u Subotici", read(sr).title());
        assertEquals("Training for service providers in Subotica", read(en).title());
        assertEquals("2024-11-05-training-for-service-providers-in-subotica", read(sr).translationKey());
        assertEquals(read(sr).translationKey(), read(en).translationKey());
    }

    @Test
    void slugNamesEveryLanguageVersionAndMenuPlacesANewPageInTheMenu() throws IOException {
        Hub.Run run = hubNew("page", "--title", "Rodna ravnopravnost u migracijama", "--slug", "rodna-ravnopravnost",
                "--translated-title", "Gender equality in migration", "--menu", "6");

        assertEquals(HubCommand.OK, run.exitCode(), run::err);
        assertEquals(List.of("content/sr/rodna-ravnopravnost.md", "content/en/rodna-ravnopravnost.md"),
                run.outLinesWithoutNotes().subList(0, 2));
        rs.iom.hub.content.Document sr = read("content/sr/rodna-ravnopravnost.md");
        assertEquals(DocumentType.PAGE, sr.type());
        assertEquals(Optional.of(6), sr.menu());
        assertEquals("rodna-ravnopravnost", sr.translationKey(), "a page's key is its slug, without a date");
        assertEquals("Gender equality in migration", read("content/en/rodna-ravnopravnost.md").title());

        Hub.Run build = build(temp.resolve("preview"), true);
        assertEquals(HubCommand.OK, build.exitCode(), build::err);
        BakedSite preview = new BakedSite(temp.resolve("preview"), TestSites.BASE_URL, null);
        List<String> menu = preview.page("sr/index.html").select(".site-navigation__link").eachText();
        assertEquals("Rodna ravnopravnost u migracijama", menu.get(menu.size() - 1), "menu: 6 comes after 5: " + menu);
        List<String> enMenu = preview.page("en/index.html").select(".site-navigation__link").eachText();
        assertEquals("Gender equality in migration", enMenu.get(enMenu.size() - 1), enMenu::toString);
    }

    @Test
    void titlesThatNeedYamlQuotesAreWrittenSoThatTheyReadBackExactly() throws IOException {
        String colon = "Sastanak: zaključci";
        String marks = "Izveštaj #2: \"Partnerstvo\" i 'saradnja' — „nastavak“";
        assertEquals(HubCommand.OK, hubNew("page", "--title", colon).exitCode());
        assertEquals(HubCommand.OK, hubNew("news", "--title", marks, "--slug", "izvestaj-2").exitCode());

        for (String source : List.of("content/sr/sastanak-zakljucci.md", "content/en/sastanak-zakljucci.md")) {
            assertEquals(colon, read(source).title(), source);
        }
        // read back as written, then set with the typography of each language (as the body is)
        String marksSr = "Izveštaj #2: „Partnerstvo“ i ‚saradnja‘ — „nastavak“";
        String marksEn = "Izveštaj #2: “Partnerstvo” i ‘saradnja’ — „nastavak“";
        assertEquals(marksSr, read("content/sr/vesti/2024/izvestaj-2.md").title());
        assertEquals(marksEn, read("content/en/vesti/2024/izvestaj-2.md").title());
        Hub.Run check = Hub.run("check", "--source", site.toString());
        assertEquals(HubCommand.OK, check.exitCode(), check::out);
        assertEquals(List.of("the page has no text yet"), check.outLinesWithoutNotes().stream()
                .filter(line -> line.contains(": warning: ") || line.contains(": error: "))
                .map(line -> line.substring(line.indexOf(": warning: ") + ": warning: ".length())).distinct().toList(),
                check::out);

        Hub.Run build = build(temp.resolve("preview"), true);
        assertEquals(HubCommand.OK, build.exitCode(), build::err);
        BakedSite preview = new BakedSite(temp.resolve("preview"), TestSites.BASE_URL, null);
        assertEquals(colon, preview.page("sr/sastanak-zakljucci/index.html").selectFirst("h1").text());
        assertEquals(marksSr, preview.page("sr/vesti/2024/izvestaj-2/index.html").selectFirst("h1").text());
        assertEquals(marksEn, preview.page("en/news/2024/izvestaj-2/index.html").selectFirst("h1").text());
    }

    @Test
    void anExistingFileIsNeverOverwrittenAndNothingIsCreated() {
        assertEquals(HubCommand.OK, hubNew("news", "--title", "Obuka u Subotici").exitCode());
        contentBefore = SiteFolders.snapshot(site.resolve("content"));

        Hub.Run again = hubNew("news", "--title", "Obuka u Subotici");

        assertEquals(HubCommand.PROBLEMS, again.exitCode());
        assertEquals(List.of("hub: content/sr/vesti/2024/obuka-u-subotici.md and "
                + "content/en/vesti/2024/obuka-u-subotici.md already exist; nothing was created. Choose another title "
                + "or give --slug."), again.errLines());
        assertEquals("", again.out());
        assertNothingWritten();
    }

    @Test
    void whenOnlyOneLanguageVersionExistsTheOtherIsNotCreatedEither() throws IOException {
        // in the language's own news folder: the new file would go to content/en/vesti/…, at the same address
        Path english = site.resolve("content/en/news/2024/obuka-u-subotici.md");
        Files.createDirectories(english.getParent());
        Files.writeString(english, "my own text");
        contentBefore = SiteFolders.snapshot(site.resolve("content"));

        Hub.Run run = hubNew("news", "--title", "Obuka u Subotici");

        assertEquals(HubCommand.PROBLEMS, run.exitCode());
        assertEquals(List.of("hub: content/en/news/2024/obuka-u-subotici.md already exists; nothing was created. "
                + "Choose another title or give --slug."), run.errLines());
        assertNothingWritten();
    }

    @Test
    void aTranslationKeyAlreadyUsedByARenamedFileGetsTheNextFreeSuffix() throws IOException {
        List<String> keys = new ArrayList<>();
        for (String renamedTo : List.of("region", "region-2", "region-3")) {
            Hub.Run run = hubNew("page", "--title", "Partneri u regionu");
            assertEquals(HubCommand.OK, run.exitCode(), run::err);
            keys.add(read("content/sr/partneri-u-regionu.md").translationKey());
            assertEquals(keys.get(keys.size() - 1), read("content/en/partneri-u-regionu.md").translationKey());
            assertTrue(run.out().contains("(translationKey: " + keys.get(keys.size() - 1) + ")"), run.out());
            for (String language : List.of("sr", "en")) { // authors rename files; their keys stay
                Files.move(site.resolve("content/" + language + "/partneri-u-regionu.md"),
                        site.resolve("content/" + language + "/" + renamedTo + ".md"));
            }
        }

        assertEquals(List.of("partneri-u-regionu", "partneri-u-regionu-2", "partneri-u-regionu-3"), keys);
        Hub.Run check = Hub.run("check", "--source", site.toString());
        assertFalse(check.out().contains(": error: "), check::out);
    }

    @Test
    void wrongUsageExitsWithTwoAndOneLineAndWritesNothing() {
        Hub.Run kind = hubNew("article", "--title", "Obuka");
        assertEquals(HubCommand.USAGE, kind.exitCode());
        assertEquals("hub: KIND must be 'news' or 'page', not 'article'", kind.errLines().get(0));

        Hub.Run slug = hubNew("news", "--title", "Obuka", "--slug", "Obuka u Subotici");
        assertEquals(HubCommand.USAGE, slug.exitCode());
        assertEquals("hub: --slug may only use a-z, 0-9 and '-' (for example 'obuka-u-subotici')",
                slug.errLines().get(0));

        Hub.Run menu = hubNew("news", "--title", "Obuka", "--menu", "2");
        assertEquals(HubCommand.USAGE, menu.exitCode());
        assertEquals("hub: --menu only applies to pages", menu.errLines().get(0));

        Hub.Run lang = hubNew("news", "--title", "Obuka", "--lang", "de");
        assertEquals(HubCommand.USAGE, lang.exitCode());
        assertEquals("hub: --lang must be one of sr, en, not 'de'", lang.errLines().get(0));

        assertNothingWritten();
    }

    @Test
    void theCreatedFilesShowTheWriterWhereTheTextGoes() throws IOException {
        hubNew("page", "--title", "Dokumenti o migracijama");

        String text = Files.readString(site.resolve("content/sr/dokumenti-o-migracijama.md"));
        assertTrue(text.startsWith("---\ntitle: Dokumenti o migracijama\n"), text);
        assertTrue(text.contains("\nstatus: draft\n"), text);
        assertTrue(text.contains("\n\n<!-- Ovde napišite tekst."), text);
    }
}
