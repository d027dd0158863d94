package rs.iom.hub.jbake;

import org.jbake.app.Crawler;
import org.jbake.app.configuration.JBakeConfiguration;
import rs.iom.hub.pipeline.BakeSession;

/**
 * JBake's crawler step, replaced: instead of parsing files one by one into OrientDB, the whole site is read in
 * parallel into the bake session (front matter, Markdown, translations, links), and every problem is collected.
 * When there are errors, the bake stops here with {@link ContentErrorsException} and nothing is rendered.
 */
public final class HubCrawler extends Crawler {
    private final SiteContentStore store;

    public HubCrawler(SiteContentStore store, JBakeConfiguration config) {
        super(store, config);
        this.store = store;
    }

    @Override
    public void crawl() {
        BakeSession session = store.session();
        if (!session.load()) {
            throw new ContentErrorsException(session.problems());
        }
    }

    /** Data files (UI strings) were read by {@link #crawl()}. */
    @Override
    public void crawlDataFiles() {
        // nothing left to do
    }
}
