package rs.iom.hub.pipeline;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The real, unmodified project site, baked once per test JVM as {@code hub build} bakes it (Serbian script
 * converters on), for {@link TestSites#BASE_URL} and {@link TestSites#TODAY}. Baking the real site takes seconds and
 * every bake of the same sources gives the same bytes, so the test classes that only read it share this one bake:
 * failsafe runs all ITs in one JVM, which makes it one bake per {@code mvn verify}.
 *
 * <p>Because it is shared, it is read-only. A test that needs a changed site bakes a copy of its own
 * ({@link TestSites#copyOfRealSite}, {@link TestSites#bake}). Every class that reads the shared site registers
 * {@link LeftUnchanged}, which fails the class that changed a file of it; pages read through
 * {@link BakedSite#page} are copies, so changing one changes nothing for the next test.
 */
public final class RealSite {
    private static BakedSite site;
    private static Map<String, byte[]> asBaked;
    private static Throwable failure;
    private static String changedBy;

    private RealSite() {
    }

    /** The shared bake of the real site, baked on the first call. */
    public static synchronized BakedSite get() {
        if (failure != null) {
            throw new AssertionError("the real site did not bake (see the first test that used it)", failure);
        }
        if (site == null) {
            try {
                Path folder = Files.createTempDirectory("hub-real-site-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(folder), "hub-real-site"));
                site = TestSites.bake(TestSites.projectDir(), folder.resolve("site"));
                asBaked = SiteFolders.snapshot(site.root());
            } catch (IOException e) {
                failure = e;
                throw new UncheckedIOException(e);
            } catch (RuntimeException | Error e) {
                failure = e;
                throw e;
            }
        }
        return site;
    }

    /**
     * Fails unless every file of the shared site is still as baked (and no file was added or removed), naming the
     * test class that changed it first.
     */
    static synchronized void assertUnchanged(String testClass) {
        if (site == null) {
            return;
        }
        if (changedBy == null) {
            List<String> changes = SiteFolders.differences(asBaked, SiteFolders.snapshot(site.root()));
            if (changes.isEmpty()) {
                return;
            }
            changedBy = testClass + " (" + String.join(", ", changes) + ")";
        }
        throw new AssertionError(changedBy + " changed the shared real site in " + site.root() + ", which the test "
                + "classes after it read; a test that needs a changed site bakes a copy of its own");
    }

    private static void deleteQuietly(Path folder) {
        try {
            SiteFolders.delete(folder);
        } catch (UncheckedIOException e) {
            // a temporary folder: the system cleans it up in the end
        }
    }

    /**
     * Registered on a test class with {@code @ExtendWith(RealSite.LeftUnchanged.class)}: after the class, fails it if
     * it changed the shared site, so that the class that did it is named, not the next one that reads the change.
     */
    public static final class LeftUnchanged implements AfterAllCallback {
        @Override
        public void afterAll(ExtensionContext context) {
            assertUnchanged(context.getRequiredTestClass().getName());
        }
    }
}
