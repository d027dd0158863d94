package rs.iom.hub.jbake;

import org.jbake.app.Crawler;
import org.jbake.app.configuration.JBakeConfiguration;
import rs.iom.hub.pipeline.Bake;

/**
 * JBake's crawler step, replaced: instead of parsing files one by one into OrientDB, the pipeline reads the whole site
 * in parallel, indexes, plans and checks it ({@link Bake#prepare()}). When there are errors the bake stops here.
 */
final class HubCrawler extends Crawler {
    private final Bake bake;

    HubCrawler(SiteContentStore store, JBakeConfiguration config, Bake bake) {
        super(store, config);
        this.bake = bake;
    }

    @Override
    public void crawl() {
        if (!bake.prepare()) {
            throw new ContentErrorsException();
        }
    }

    /** Data files (UI strings) were read by {@link #crawl()}. */
    @Override
    public void crawlDataFiles() {
        // nothing left to do
    }
}
