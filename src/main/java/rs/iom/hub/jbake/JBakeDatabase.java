package rs.iom.hub.jbake;

import org.jbake.app.ContentStore;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;

/**
 * The one place hub reaches into JBake's internals. JBake 2.7.0's Oven calls {@code ContentStore.updateSchema()},
 * which is final and asks the store's private OrientDB session whether JBake's document classes exist. hub never
 * starts OrientDB (docs/performance.md: it cost seconds and half the memory of every bake for nothing), so the store
 * is given a stand-in session whose schema says yes, and which refuses every other use loudly. OrientDB's interfaces
 * are looked up by name: they are JBake's runtime dependencies, not ours.
 *
 * <p>{@code JBakeDatabaseTest} is the contract test: when a JBake upgrade renames the field or changes what
 * {@code updateSchema} asks, it fails with this class's message.</p>
 */
final class JBakeDatabase {
    /** The private field of {@link ContentStore} that holds OrientDB's session in JBake 2.7.0. */
    static final String FIELD = "db";

    private JBakeDatabase() {
    }

    /** Gives {@code store} the stand-in session (once). */
    static void standIn(ContentStore store) {
        try {
            Field db = ContentStore.class.getDeclaredField(FIELD);
            db.setAccessible(true);
            if (db.get(store) == null) {
                db.set(store, standInSession());
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("JBake's ContentStore is not the one of JBake 2.7.0 that hub was written "
                    + "for (its private field '" + FIELD + "' holding OrientDB's session): " + e, e);
        }
    }

    /**
     * A session whose schema has every class: all {@code updateSchema()} needs.
     */
    private static Object standInSession() throws ClassNotFoundException {
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
