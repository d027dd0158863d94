package rs.iom.hub.jbake;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import rs.iom.hub.pipeline.BakeSession;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.Objects;

/**
 * JBake's content store, replaced for our bakes. Our documents live in the {@link BakeSession} this store carries,
 * read once and indexed in memory, so that no page re-queries every document (JBake's stock renderers do, which makes
 * its builds grow with the square of the page count). JBake's OrientDB database is therefore never started — it
 * cost seconds of every bake for nothing.
 *
 * <p>What JBake's Oven still asks of its store is answered here: {@code startup}, {@code updateSchema} (final in
 * {@link ContentStore}: it is given a stand-in database whose schema already has JBake's classes),
 * {@code updateAndClearCacheIfNeeded}, the stock documents renderer's {@code getUnrenderedContent} (nothing: all
 * pages are rendered by {@link HubRenderingTool}), {@code close} and {@code shutdown}. Any other use of the database
 * fails loudly with {@link UnsupportedOperationException}.</p>
 */
public final class SiteContentStore extends ContentStore {
    private BakeSession session;

    /** A store for one bake, with the session it carries. */
    public SiteContentStore(BakeSession session) {
        this();
        use(session);
    }

    /** A store whose session is given before each bake with {@link #use} (the preview server keeps one). */
    public SiteContentStore() {
        super("memory", "hub");
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
        try {
            Field db = ContentStore.class.getDeclaredField("db");
            db.setAccessible(true);
            if (db.get(this) == null) {
                db.set(this, standInDatabase());
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JBake's ContentStore is not the 2.7.0 this tool was written for", e);
        }
    }

    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
        // no cache: every bake reads the sources (the preview server keeps its own cache of unchanged files)
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

    /**
     * A database whose schema has every class: all {@code updateSchema()} needs. OrientDB's interfaces are looked up
     * by name: they are JBake's runtime dependencies, not ours.
     */
    private static Object standInDatabase() throws ClassNotFoundException {
        Object schema = proxy(orientType("metadata.schema.OSchema"),
                (method, args) -> method.equals("existsClass") ? Boolean.TRUE : null);
        Object metadata = proxy(orientType("metadata.OMetadata"),
                (method, args) -> method.equals("getSchema") ? schema : null);
        return proxy(orientType("db.ODatabaseSession"),
                (method, args) -> method.equals("getMetadata") ? metadata : null);
    }

    private static Class<?> orientType(String name) throws ClassNotFoundException {
        return Class.forName("com.orientechnologies.orient.core." + name, false,
                ContentStore.class.getClassLoader());
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static Object proxy(Class<?> type, Answer answer) {
        return Proxy.newProxyInstance(ContentStore.class.getClassLoader(), new Class<?>[]{type},
                (self, method, args) -> {
                    switch (method.getName()) {
                        case "toString":
                            return "JBake database stand-in (" + type.getSimpleName() + ")";
                        case "hashCode":
                            return System.identityHashCode(self);
                        case "equals":
                            return self == args[0];
                        case "activateOnCurrentThread":
                            return self;
                        default:
                            Object result = answer.answer(method.getName(), args);
                            if (result == null) {
                                throw new UnsupportedOperationException("JBake's database is not used by hub builds ("
                                        + type.getSimpleName() + "." + method.getName() + ")");
                            }
                            return result;
                    }
                });
    }
}
