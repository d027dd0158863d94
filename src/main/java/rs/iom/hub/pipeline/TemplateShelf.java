package rs.iom.hub.pipeline;

import rs.iom.hub.render.TemplateEngine;

import java.io.IOException;
import java.util.Objects;

/**
 * The site's templates as Freemarker parsed them, kept from one preview re-bake to the next for as long as the
 * {@link SourceSignature} (templates, data files, settings, hub itself) is unchanged. Saving a news item changes no
 * template, and parsing them all again was a good part of a re-bake on a cold JVM. A one-off build uses a fresh shelf.
 */
final class TemplateShelf {
    /** How to parse the templates when the shelf holds none for the signature asked for. */
    interface Loader {
        TemplateEngine load() throws IOException;
    }

    private long signature;
    private TemplateEngine engine;

    /** The engine kept for {@code signature}, or a new one from {@code loader} (then kept instead). */
    synchronized TemplateEngine engine(long signature, Loader loader) throws IOException {
        Objects.requireNonNull(loader, "loader");
        if (engine == null || this.signature != signature) {
            engine = null;
            TemplateEngine loaded = loader.load();
            this.signature = signature;
            engine = loaded;
        }
        return engine;
    }
}
