package rs.iom.hub.plan;

import rs.iom.hub.plan.view.PageMeta;

import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One file of the baked site: where it goes, which template renders it, and its model (built when rendered, so that
 * pages can be rendered in parallel without holding every model in memory).
 *
 * @param file     output path from the site root ({@code sr/vesti/index.html})
 * @param template template file name in {@code templates/}; {@code null} for files written by the tool itself (the
 *                 search index), whose model then holds the finished text under {@code "text"}
 * @param meta     the page's metadata (also listed in the sitemap); {@code null} for non-HTML files
 * @param model    the template model
 * @param inputs   computes (only when the preview needs it) a hash of everything the page shows (its documents, their neighbours, menu, translations); when it
 *                 is unchanged since the last bake (and templates, UI strings and settings are unchanged too) the
 *                 page need not be rendered again
 * @param source   the content file the page shows, or {@code null} for generated pages (lists, feeds, …)
 */
public record PageJob(String file, String template, PageMeta meta, Supplier<Map<String, Object>> model,
                      LongSupplier inputs, String source) {

    /** A generated page (no content file of its own). */
    public PageJob(String file, String template, PageMeta meta, Supplier<Map<String, Object>> model,
                   LongSupplier inputs) {
        this(file, template, meta, model, inputs, null);
    }
}
