package rs.iom.hub.pipeline;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The convention of {@code templates/components/}: one macro per file, named after it, with a comment at the top
 * saying what it shows and its parameters, and no reading of the model's shared values ({@code t}, {@code meta},
 * {@code edition}, …): a component shows what it is passed, so that it can be read, and reused, on its own.
 */
class TemplateComponentsTest {
    /** Model values every page has; only page templates and the layout may read them. */
    private static final Pattern MODEL_VALUE =
            Pattern.compile("(?<![\\w.$-])(t|meta|edition|site|menu|jsonLd)\\s*[.?!\\[]");
    private static final Pattern MACRO = Pattern.compile("<#macro\\s+([\\w]+)");
    private static final Pattern COMMENT = Pattern.compile("<#--.*?-->", Pattern.DOTALL);

    @Test
    void thereAreComponents() {
        assertTrue(components().size() >= 10, components()::toString);
    }

    @Test
    void eachComponentFileHoldsOneMacroNamedAfterTheFile() {
        for (Path file : components()) {
            Matcher macro = MACRO.matcher(withoutComments(file));
            List<String> names = new ArrayList<>();
            while (macro.find()) {
                names.add(macro.group(1));
            }
            assertEquals(List.of(camelCase(file)), names, file.toString());
        }
    }

    @Test
    void eachComponentSaysWhatItShowsAndItsParametersAtItsTop() {
        for (Path file : components()) {
            List<String> lines = lines(file);
            assertEquals("<#ftl output_format=\"HTML\">", lines.get(0), file.toString());
            assertTrue(lines.get(1).startsWith("<#--"), file + ": the second line opens the comment");
            String comment = text(file).substring(text(file).indexOf("<#--"), text(file).indexOf("-->"));
            assertTrue(comment.contains("Parameters:"), file + ": the comment names the parameters");
        }
    }

    @Test
    void noComponentReadsTheModelsSharedValues() {
        for (Path file : components()) {
            Matcher read = MODEL_VALUE.matcher(withoutComments(file));
            if (read.find()) {
                throw new AssertionError(file + " reads '" + read.group(1) + "' from the model: pass the value as a "
                        + "parameter instead (near: " + read.group() + ")");
            }
        }
    }

    @Test
    void theCheckFindsAReadOfTheModel() {
        assertTrue(MODEL_VALUE.matcher("<p>${t.news.tags}</p>").find());
        assertTrue(MODEL_VALUE.matcher("<#if meta.editUrl?has_content>").find());
        assertTrue(MODEL_VALUE.matcher("<html lang=\"${edition.lang}\">").find());
        assertTrue(MODEL_VALUE.matcher("<#list menu![] as item>").find());
        assertFalse(MODEL_VALUE.matcher("<nav class=\"site-navigation\" aria-label=\"${label}\">${item.t}").find());
    }

    private static List<Path> components() {
        try (Stream<Path> files = Files.list(TestSites.projectDir().resolve("templates/components"))) {
            return files.filter(p -> p.toString().endsWith(".ftl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String camelCase(Path file) {
        String[] words = file.getFileName().toString().replace(".ftl", "").split("-");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    private static String withoutComments(Path file) {
        return COMMENT.matcher(text(file)).replaceAll("");
    }

    private static List<String> lines(Path file) {
        return text(file).lines().toList();
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
