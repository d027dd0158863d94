package rs.iom.hub.jbake;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import rs.iom.hub.pipeline.Bake;
import rs.iom.hub.pipeline.Engine;
import rs.iom.hub.site.SiteProperties;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * JBake 2.7.0 as hub's {@link Engine}: its configuration reads {@code jbake.properties} over JBake's
 * {@code default.properties}, and its {@link Oven} drives every bake — with our crawler ({@link HubCrawler}), content
 * store ({@link SiteContentStore}), rendering tool ({@link HubRenderingTool}) and asset step ({@link BakeAsset}),
 * which call back the pipeline's stages.
 *
 * <p>Two parts of JBake are switched off, for measured reasons (docs/performance.md): its stock renderers, which
 * re-query every document of a type for every page (stock JBake 2.7.0 took 36.4 s for 1,000 documents and 72.8 s for
 * 2,000 where hub takes 7.7 s and 10.6 s: quadratic), and its OrientDB content store, whose start alone cost seconds
 * and half the memory of every bake. hub reads the site once into memory instead and renders each page from that
 * index.</p>
 *
 * <p>One engine runs one bake at a time (the preview keeps one engine for all its re-bakes).</p>
 */
public final class JBakeEngine implements Engine {
    /** JBake's stock renderers: hub renders these pages itself (after the site's own render.* settings). */
    private static final List<String> STOCK_RENDERERS = List.of("render.index", "render.feed", "render.archive",
            "render.tags", "render.sitemap", "render.error404", "render.tagsindex");

    private final SiteContentStore store = new SiteContentStore();

    /** Settings read, and what from ({@link #settingsKey}). */
    private record ReadSettings(String key, SiteProperties settings) {
    }

    /** What {@link #settings} read last: the preview asks after every save (JBake's reading was ~3 % of a re-bake). */
    private volatile ReadSettings lastSettings;

    @Override
    public SiteProperties settings(Path site) {
        String key = settingsKey(site);
        ReadSettings last = lastSettings;
        if (key != null && last != null && key.equals(last.key())) {
            return last.settings();
        }
        SiteProperties settings = properties(configuration(site, site.resolve("target/unused"))
                .getCompositeConfiguration());
        lastSettings = key == null ? null : new ReadSettings(key, settings);
        return settings;
    }

    /**
     * Everything JBake's configuration is read from: the site folder, the texts of its {@code jbake.properties} and
     * {@code custom.properties}, and the Java system properties (JBake's defaults are in its jar). Null when it cannot
     * be told: a file that cannot be read, or one with an {@code include} (another file that may change).
     */
    private static String settingsKey(Path site) {
        StringBuilder key = new StringBuilder(site.toAbsolutePath().toString());
        for (String name : List.of("jbake.properties", "custom.properties")) {
            Path file = site.resolve(name);
            try {
                String text = !java.nio.file.Files.exists(file) ? "\u0000none"
                        : java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
                if (text.contains("include")) {
                    return null;
                }
                key.append('\u0000').append(text);
            } catch (java.io.IOException | RuntimeException e) {
                return null;
            }
        }
        return key.append('\u0000').append(System.getProperties()).toString();
    }

    @Override
    public synchronized List<String> run(Path site, Path destination, Bake bake) {
        DefaultJBakeConfiguration config = configuration(site, destination);
        for (String stock : STOCK_RENDERERS) {
            config.setProperty(stock, false);
        }
        config.setDatabaseStore("memory");
        config.setProperty("asset.ignore", true);
        store.use(bake);
        Utensils utensils = new Utensils();
        utensils.setConfiguration(config);
        utensils.setContentStore(store);
        utensils.setCrawler(new HubCrawler(store, config, bake));
        utensils.setRenderer(new Renderer(store, config));
        utensils.setAsset(new BakeAsset(config, bake, destination));
        Oven oven = new Oven(utensils);
        try {
            oven.bake();
        } catch (ContentErrorsException e) {
            return List.of(); // the problems are in the bake
        }
        List<String> errors = new ArrayList<>();
        for (Throwable error : oven.getErrors()) {
            errors.add(String.valueOf(error.getMessage()));
        }
        return errors;
    }

    private static DefaultJBakeConfiguration configuration(Path site, Path destination) {
        return new JBakeConfigurationFactory().createDefaultJbakeConfiguration(site.toFile(), destination.toFile(),
                false);
    }

    /** JBake's configuration as text values (a list setting as JBake reads it, items joined by commas). */
    private static SiteProperties properties(CompositeConfiguration config) {
        Map<String, String> values = new HashMap<>();
        for (Iterator<String> keys = config.getKeys(); keys.hasNext(); ) {
            String key = keys.next();
            values.put(key, String.join(",", config.getStringArray(key)));
        }
        return new SiteProperties(values);
    }
}
