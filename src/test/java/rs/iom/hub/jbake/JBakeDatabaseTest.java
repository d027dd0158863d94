package rs.iom.hub.jbake;

import org.jbake.app.ContentStore;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract between hub and JBake 2.7.0's internals ({@link JBakeDatabase}): when a JBake upgrade changes them,
 * these tests fail and say what changed, before any build does.
 */
class JBakeDatabaseTest {

    @Test
    void jbakesContentStoreKeepsOrientDbsSessionInAPrivateFieldNamedDb() throws NoSuchFieldException {
        Field db = ContentStore.class.getDeclaredField(JBakeDatabase.FIELD);
        assertTrue(Modifier.isPrivate(db.getModifiers()), "a private field");
        assertEquals("com.orientechnologies.orient.core.db.ODatabaseSession", db.getType().getName(),
                "ContentStore." + JBakeDatabase.FIELD + " holds OrientDB's session");
    }

    @Test
    void jbakesUpdateSchemaIsSatisfiedByTheStandInWithoutStartingOrientDb() {
        SiteContentStore store = new SiteContentStore();
        store.startup();
        assertDoesNotThrow(store::updateSchema, "updateSchema asks only whether JBake's classes exist");
    }

    @Test
    void anyOtherUseOfTheDatabaseFailsLoudly() throws ReflectiveOperationException {
        SiteContentStore store = new SiteContentStore();
        store.startup();
        Field field = ContentStore.class.getDeclaredField(JBakeDatabase.FIELD);
        field.setAccessible(true);
        Object session = field.get(store);
        assertNotNull(session);
        java.lang.reflect.InvocationTargetException e = assertThrows(
                java.lang.reflect.InvocationTargetException.class,
                () -> session.getClass().getMethod("close").invoke(session), "close() on the stand-in");
        assertTrue(e.getCause() instanceof UnsupportedOperationException, String.valueOf(e.getCause()));
        assertTrue(e.getCause().getMessage().contains("not used by hub builds"), e.getCause().getMessage());
    }
}
