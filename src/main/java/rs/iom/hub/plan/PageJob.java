package rs.iom.hub.plan;

import rs.iom.hub.plan.view.PageMeta;

import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One file of the baked site: where it goes, what it is, which template renders it, and its model (built when
 * rendered, so that pages can be rendered in parallel without holding every model in memory).
 *
 * @param file     output path from the site root ({@code sr/vesti/index.html})
 * @param kind     what sort of file it is
 * @param template template file name in {@code templates/}; {@code null} for files written by the tool itself (the
 *                 search index), whose model is then a {@link PageModels.Text}
 * @param meta     the page's metadata (also listed in the sitemap); {@code null} for non-HTML files
 * @param model    the template model: a {@link PageModels.Page} for HTML pages, a record of {@link PageModels} for
 *                 the other files
 * @param inputs   computes (only when the preview needs it) a hash of everything the page shows (its documents, their
 *                 neighbours, menu, translations); when it is unchanged since the last bake (and templates, UI strings
 *                 and settings are unchanged too) the page need not be rendered again
 * @param source   the content file the page shows, or {@code null} for generated pages (lists, feeds, …)
 */
public record PageJob(String file, PageKind kind, String template, PageMeta meta, Supplier<Record> model,
                      LongSupplier inputs, String source) {
    public PageJob {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(inputs, "inputs");
    }

    /** A generated page (no content file of its own). */
    public PageJob(String file, PageKind kind, String template, PageMeta meta, Supplier<Record> model,
                   LongSupplier inputs) {
        this(file, kind, template, meta, model, inputs, null);
    }
}
