package rs.iom.hub.admin;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rs.iom.hub.content.DocumentReader;
import rs.iom.hub.jbake.JBakeEngine;
import rs.iom.hub.pipeline.SiteProject;
import rs.iom.hub.site.SiteSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editor's configuration is made from this repository's site and content model, and the one kept in
 * {@code assets/admin/config.yml} (the one the site publishes) is exactly what {@code hub admin-config} makes now.
 */
class EditorConfigTest {
    private static EditorConfig editor;
    private static Map<String, Object> model;

    @BeforeAll
    static void open() {
        SiteProject project = SiteProject.open(Path.of("."), new JBakeEngine(),
                new SiteSettings.Overrides(null, null, false)).project().orElseThrow();
        editor = new EditorConfig(project.config(), project.messages(),
                project.properties().get(EditorConfig.AUTH_URL_SETTING, ""));
        model = editor.model();
    }

    @Test
    void theKeptConfigurationIsWhatTheContentModelMakesNow() throws IOException {
        String kept = Files.readString(Path.of("assets", EditorConfig.FILE), StandardCharsets.UTF_8);
        assertEquals(editor.yaml(), kept, "assets/admin/config.yml is stale: run './hub admin-config' and commit it");
    }

    @Test
    void serbianAndEnglishAreEditedSideBySideAndTheCyrillicEditionIsNot() {
        Map<?, ?> i18n = (Map<?, ?>) model.get("i18n");
        assertEquals(List.of("sr", "en"), i18n.get("locales"));
        assertEquals("sr", i18n.get("default_locale"));
        assertEquals("multiple_folders", i18n.get("structure"));
        assertEquals(Map.of("key", "translationKey"), i18n.get("canonical_slug"),
                "both versions get the same translationKey from the editor");
        assertEquals("content/{{locale}}/vesti", collection("news").get("folder"));
        assertEquals("{{fields.date | date('YYYY')}}/{{slug}}", collection("news").get("path"));
        assertEquals("content/{{locale}}", collection("pages").get("folder"));
        assertEquals(Map.of("template", "{{title}}", "i18n", true), collection("news").get("slug"),
                "each language has its own file name");
    }

    @Test
    void thePicturesGoWhereHubPublishesThem() {
        assertEquals("content/media", model.get("media_folder"));
        assertEquals("/media", model.get("public_folder"));
    }

    @Test
    void theRepositoryAndBranchComeFromTheEditLinkSetting() {
        Map<?, ?> backend = (Map<?, ?>) model.get("backend");
        assertEquals(Map.of("name", "github", "repo", "iom-serbia/migration-hub", "branch", "main"), backend);
        assertArrayEquals(new String[]{"o/r", "release/2"},
                EditorConfig.repository("https://github.com/o/r/edit/release/2/"));
        assertThrows(IllegalArgumentException.class, () -> EditorConfig.repository("https://gitlab.com/o/r/-/edit/"));
    }

    @Test
    void anAuthenticatorIsUsedOnlyWhenTheSiteNamesOne() {
        SiteProject project = SiteProject.open(Path.of("."), new JBakeEngine(),
                new SiteSettings.Overrides(null, null, false)).project().orElseThrow();
        Map<?, ?> backend = (Map<?, ?>) new EditorConfig(project.config(), project.messages(), "https://auth.example.org")
                .model().get("backend");

        assertEquals("https://auth.example.org", backend.get("base_url"));
        assertNull(((Map<?, ?>) model.get("backend")).get("base_url"), "this site: token sign-in, no server");
    }

    @Test
    void everyFieldOfTheContentModelIsInTheEditorWithItsRule() {
        List<String> covered = new ArrayList<>();
        for (String type : List.of("news", "pages")) {
            fields(type).forEach(f -> covered.add((String) f.get("name")));
        }
        Map<?, ?> canonicalSlug = (Map<?, ?>) ((Map<?, ?>) model.get("i18n")).get("canonical_slug");
        covered.add((String) canonicalSlug.get("key")); // translationKey: written by the editor into both versions
        for (String field : DocumentReader.FIELDS) {
            assertTrue(covered.contains(field), field + " is not in the editor's configuration");
        }
        for (String type : List.of("news", "pages")) {
            assertEquals(true, field(type, "title").get("required"));
            assertEquals(true, field(type, "date").get("required"));
            assertEquals("YYYY-MM-DD", field(type, "date").get("format"));
            assertEquals(List.of("^\\d{4}-\\d{2}-\\d{2}$", "Write the date as YYYY-MM-DD."),
                    field(type, "date").get("pattern"));
            assertEquals(List.of("draft", "published"), field(type, "status").get("options"));
            assertEquals("draft", field(type, "status").get("default"));
            assertEquals("hidden", field(type, "type").get("widget"));
            assertEquals("image", field(type, "image").get("widget"));
            assertTrue(((String) field(type, "imageAlt").get("hint")).startsWith("Required when there is a picture"));
            assertEquals("list", field(type, "tags").get("widget"));
            assertEquals("markdown", field(type, "body").get("widget"));
            assertEquals("duplicate", field(type, "date").get("i18n"), "one date for both versions");
            assertEquals(true, field(type, "title").get("i18n"), "a title per language");
        }
        assertEquals("news", field("news", "type").get("default"));
        assertEquals("page", field("pages", "type").get("default"));
        assertNull(field("news", "menu"), "only pages are in the main menu");
        assertEquals("int", field("pages", "menu").get("value_type"));
    }

    private static Map<?, ?> collection(String name) {
        return ((List<?>) model.get("collections")).stream().map(c -> (Map<?, ?>) c)
                .filter(c -> c.get("name").equals(name)).findFirst().orElseThrow();
    }

    private static List<Map<?, ?>> fields(String collection) {
        return ((List<?>) collection(collection).get("fields")).stream().<Map<?, ?>>map(f -> (Map<?, ?>) f).toList();
    }

    private static Map<?, ?> field(String collection, String name) {
        return fields(collection).stream().filter(f -> f.get("name").equals(name)).findFirst().orElse(null);
    }
}
