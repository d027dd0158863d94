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
    private final boolean keepOpen;
    private BakeSession session;
    private boolean started;

    /** A store for one bake, with the session it carries. */
    public SiteContentStore(BakeSession session) {
        this(false);
        use(session);
    }

    /**
     * @param keepOpen true for the preview server: the store (and JBake's database) stays open between bakes, which
     *                 must then all run on the same thread; {@link #shutdownForGood()} closes it
     */
    public SiteContentStore(boolean keepOpen) {
        super("memory", "hub-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet());
        this.keepOpen = keepOpen;
    }

    /** The session of the next bake. */
    public void use(BakeSession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    public BakeSession session() {
        return session;
    }

    @Override
    public void startup() {
        if (!started) {
            super.startup();
            started = true;
        }
    }

    @Override
    public void close() {
        if (!keepOpen) {
            shutdownForGood();
        }
    }

    /** Closes JBake's database. */
    public void shutdownForGood() {
        if (started) {
            super.close();
            started = false;
        }
    }
}
