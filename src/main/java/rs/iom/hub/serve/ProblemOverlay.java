package rs.iom.hub.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import rs.iom.hub.i18n.Messages;
import rs.iom.hub.i18n.MissingMessageException;
import rs.iom.hub.problem.Problem;
import rs.iom.hub.site.EditionContext;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the preview's overlay shows, as the JSON its script ({@code live-reload.js}) reads: the errors and warnings of
 * the last bake, as {@code hub check} words them, and for each edition the overlay's own texts in that edition's
 * language and script, counts in their plural forms ({@code preview.*} in {@code data/i18n/}). The script picks the
 * texts of the page it is on by the page's {@code lang}.
 *
 * <pre>{"errors": ["content/…:3:7: error: …\n    hint: …"], "warnings": […],
 *  "ui": {"sr-Latn": {"notRebuilt": "…", "errors": "2 greške", "warnings": "1 upozorenje", "warningsNote": "…"}, …}}</pre>
 */
final class ProblemOverlay {
    private static final JsonFactory JSON = new JsonFactory();

    private ProblemOverlay() {
    }

    /**
     * The overlay for {@code problems}; {@code editions} give its texts (none known: the script shows the problems
     * alone). Empty when there is nothing to show.
     */
    static String json(List<Problem> problems, List<EditionContext> editions) {
        Objects.requireNonNull(problems, "problems");
        Objects.requireNonNull(editions, "editions");
        if (problems.isEmpty()) {
            return "";
        }
        List<String> errors = problems.stream().filter(Problem::isError).map(Problem::format).toList();
        List<String> warnings = problems.stream().filter(p -> !p.isError()).map(Problem::format).toList();
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            list(json, "errors", errors);
            list(json, "warnings", warnings);
            json.writeObjectFieldStart("ui");
            for (EditionContext edition : editions) {
                Messages messages = edition.messages();
                Locale locale = Locale.forLanguageTag(edition.edition().hreflang());
                try {
                    String notRebuilt = messages.text("preview.notRebuilt");
                    String errorCount = messages.count("preview.errors", errors.size(), locale);
                    String warningCount = messages.count("preview.warnings", warnings.size(), locale);
                    String note = messages.text("preview.warningsNote");
                    json.writeObjectFieldStart(edition.edition().hreflang());
                    json.writeStringField("notRebuilt", notRebuilt);
                    json.writeStringField("errors", errorCount);
                    json.writeStringField("warnings", warningCount);
                    json.writeStringField("warningsNote", note);
                    json.writeEndObject();
                } catch (MissingMessageException | IllegalArgumentException e) {
                    // a site whose message files lack the overlay's texts: its problems are shown without them
                }
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void list(JsonGenerator json, String name, List<String> items) throws IOException {
        json.writeArrayFieldStart(name);
        for (String item : items) {
            json.writeString(item);
        }
        json.writeEndArray();
    }
}
