package rs.iom.hub.jbake;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import rs.iom.hub.pipeline.Bake;

import java.io.File;
import java.util.Objects;

/**
 * JBake's content store, replaced for our bakes: it carries the {@link Bake}, whose pipeline reads the site once and
 * indexes it in memory, so that no page re-queries every document (JBake's stock renderers do, which makes its builds
 * grow with the square of the page count: docs/performance.md). JBake's OrientDB database is therefore never started
 * — it cost seconds of every bake and half of its memory for nothing.
 *
 * <p>What JBake's Oven still asks of its store is answered here: {@code startup}, {@code updateSchema} (final in
 * {@link ContentStore}: {@link JBakeDatabase} gives it a stand-in database), {@code updateAndClearCacheIfNeeded},
 * the stock documents renderer's {@code getUnrenderedContent} (nothing: all pages are rendered by
 * {@link HubRenderingTool}), {@code close} and {@code shutdown}.</p>
 */
final class SiteContentStore extends ContentStore {
    private Bake bake;

    SiteContentStore() {
        super("memory", "hub");
    }

    /** The bake of the next run of the Oven. */
    void use(Bake bake) {
        this.bake = Objects.requireNonNull(bake, "bake");
    }

    Bake bake() {
        return bake;
    }

    @Override
    public void startup() {
        JBakeDatabase.standIn(this);
    }

    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
        // no cache: every bake reads the sources (the preview keeps its own cache of unchanged files)
    }

    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return new DocumentList<>();
    }

    @Override
    public long getDocumentCount(String docType) {
        return 0;
    }

    @Override
    public void close() {
        // nothing was opened
    }

    @Override
    public void shutdown() {
        // nothing was started
    }
}
