package rs.iom.hub.jbake;

import org.jbake.app.ContentStore;
import rs.iom.hub.build.BakeSession;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * JBake's content store for our bakes. JBake's Oven requires one (and starts its in-memory OrientDB, which stays
 * empty); our documents live in the {@link BakeSession} it carries, indexed once per bake in memory, so that no page
 * re-queries every document (JBake's stock renderers do, which makes builds grow with the square of the page count).
 */
public final class SiteContentStore extends ContentStore {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private final BakeSession session;

    public SiteContentStore(BakeSession session) {
        super("memory", "hub-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet());
        this.session = Objects.requireNonNull(session, "session");
    }

    public BakeSession session() {
        return session;
    }
}
