package rs.iom.hub.plan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import rs.iom.hub.plan.view.PageMeta;
import rs.iom.hub.i18n.Messages;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Schema.org structured data (JSON-LD) of a page: {@code NewsArticle} for news items, {@code Organization} (the
 * project) for home and root pages. Written with Jackson; {@code <}, {@code >} and {@code &} are escaped as
 * {@code \u003c}…, so the data can never end its {@code <script>} element, whatever a title contains.
 */
final class StructuredData {
    private static final JsonFactory JSON = new JsonFactory();
    private static final CharacterEscapes HTML_SAFE = new HtmlSafeEscapes();

    private StructuredData() {
    }

    /** The JSON-LD of the page, or {@code null} when it has none. */
    static String of(PageMeta meta, String lang, Messages messages) {
        return switch (meta.kind()) {
            case "news" -> write(g -> {
                g.writeStartObject();
                g.writeStringField("@context", "https://schema.org");
                g.writeStringField("@type", "NewsArticle");
                g.writeStringField("headline", meta.title());
                g.writeStringField("description", meta.description());
                g.writeStringField("datePublished", meta.published());
                g.writeStringField("dateModified", meta.published());
                g.writeStringField("inLanguage", lang);
                g.writeStringField("url", meta.canonicalUrl());
                g.writeStringField("mainEntityOfPage", meta.canonicalUrl());
                g.writeArrayFieldStart("image");
                g.writeString(meta.image());
                g.writeEndArray();
                organization(g, "author", messages.text("site.publisher"));
                organization(g, "publisher", messages.text("site.publisher"));
                g.writeEndObject();
            });
            case "home", "root" -> write(g -> {
                g.writeStartObject();
                g.writeStringField("@context", "https://schema.org");
                g.writeStringField("@type", "Organization");
                g.writeStringField("name", messages.text("site.name"));
                g.writeStringField("alternateName", messages.text("site.shortName"));
                g.writeStringField("description", messages.text("site.description"));
                g.writeStringField("url", meta.canonicalUrl());
                g.writeStringField("logo", meta.image());
                g.writeEndObject();
            });
            default -> null;
        };
    }

    private static void organization(JsonGenerator g, String field, String name) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("@type", "Organization");
        g.writeStringField("name", name);
        g.writeEndObject();
    }

    private interface Writer {
        void write(JsonGenerator generator) throws IOException;
    }

    private static String write(Writer writer) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            generator.setCharacterEscapes(HTML_SAFE);
            writer.write(generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Escapes the characters that mean something to an HTML parser inside a script element. */
    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private final int[] escapes;

        HtmlSafeEscapes() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
