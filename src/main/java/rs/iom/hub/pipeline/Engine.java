package rs.iom.hub.pipeline;

import rs.iom.hub.site.SiteProperties;

import java.nio.file.Path;
import java.util.List;

/**
 * The engine that drives a bake and reads a site's settings: JBake ({@code rs.iom.hub.jbake.JBakeEngine}). The
 * pipeline owns this interface so that no class outside {@code jbake/} touches JBake's types: the engine runs its own
 * steps in its own order and calls back the pipeline's stages through {@link Bake}.
 */
public interface Engine {
    /** The settings of the site in {@code site}: its {@code jbake.properties} over the engine's defaults. */
    SiteProperties settings(Path site);

    /**
     * Bakes the site in {@code site} into {@code destination}: the engine calls {@link Bake#prepare()}, and when that
     * succeeded {@link Bake#render(Path)}, {@link Bake#copyAssets(Path)} and {@link Bake#copyAttachments(Path)}.
     *
     * @return errors the engine itself met (the bake's own problems are in the bake), as messages
     */
    List<String> run(Path site, Path destination, Bake bake);
}
