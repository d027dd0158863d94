package rs.iom.hub.render;

import rs.iom.hub.render.TemplateEngine;
import freemarker.cache.FileTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Templates are read only from {@code templates/}: Freemarker's own file loader already refuses a link whose real
 * (canonical) path is outside its folder, with a {@link SecurityException} (the build reports such a link as an
 * error before rendering: {@code SourceLinksIT}), and our engine reads nothing but the files the build listed (not
 * even a link to a hidden file inside the folder).
 */
class TemplateEngineTest {
    @TempDir
    Path temp;
    Path templates;

    @BeforeEach
    void aTemplateFolderWithLinks() throws IOException {
        templates = Files.createDirectories(temp.resolve("site/templates"));
        Files.writeString(templates.resolve("page.ftl"), "<#ftl output_format=\"HTML\">Hello ${name}");
        Files.writeString(temp.resolve("secret.txt"), "SECRET");
        Files.createSymbolicLink(templates.resolve("out.ftl"), Path.of("../../secret.txt"));
        Files.createDirectories(templates.resolve(".hidden"));
        Files.writeString(templates.resolve(".hidden/secret.ftl"), "SECRET");
        Files.createSymbolicLink(templates.resolve("hidden.ftl"), Path.of(".hidden/secret.ftl"));
    }

    @Test
    void freemarkersFileLoaderRefusesALinkOutOfItsFolder() throws IOException {
        Configuration plain = new Configuration(Configuration.VERSION_2_3_34);
        plain.setTemplateLoader(new FileTemplateLoader(templates.toFile()));

        SecurityException refused = assertThrows(SecurityException.class, () -> plain.getTemplate("out.ftl"));
        assertTrue(refused.getMessage().contains("doesn't start with " + templates.toRealPath()),
                refused.getMessage());
    }

    @Test
    void theEngineReadsOnlyTheListedTemplates() throws Exception {
        TemplateEngine engine = new TemplateEngine(templates.toFile(), List.of("page.ftl"));

        assertEquals("Hello <b>", engine.render("page.ftl", new Name("<b>")).replace("&lt;b&gt;", "<b>"));
        assertThrows(TemplateNotFoundException.class, () -> engine.render("hidden.ftl", new Name("")));
        assertThrows(TemplateNotFoundException.class, () -> engine.render("out.ftl", new Name("")));
        assertThrows(TemplateNotFoundException.class, () -> engine.render(".hidden/secret.ftl", new Name("")));
    }

    /** A model: its components are the template's variables. */
    public record Name(String name) {
    }
}
