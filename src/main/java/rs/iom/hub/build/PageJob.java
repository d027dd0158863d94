package rs.iom.hub.build;

import rs.iom.hub.build.view.PageMeta;

import java.util.Map;
import java.util.function.Supplier;

/**
 * One file of the baked site: where it goes, which template renders it, and its model (built when rendered, so that
 * pages can be rendered in parallel without holding every model in memory).
 *
 * @param file      output path from the site root ({@code sr/vesti/index.html})
 * @param template  template file name in {@code templates/}
 * @param meta      the page's metadata (also listed in the sitemap); {@code null} for non-HTML files
 * @param model     the template model
 * @param sources   the content files whose change can change this page's output (for the preview server)
 */
public record PageJob(String file, String template, PageMeta meta, Supplier<Map<String, Object>> model,
                      java.util.Set<String> sources) {
}
