package rs.iom.hub.build;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same sources always bake to the same bytes: no times, temporary paths or thread order in the output. */
class DeterministicOutputIT {
    @TempDir
    static Path temp;
    static BakedSite first;
    static BakedSite second;
    static BakedSite fromACopy;

    @BeforeAll
    static void bakeThreeTimes() {
        first = TestSites.bakeRealSite(temp.resolve("first"));
        second = TestSites.bakeRealSite(temp.resolve("second"));
        Path copy = TestSites.copyOfRealSite(temp.resolve("elsewhere/sources"));
        fromACopy = TestSites.bake(copy, temp.resolve("elsewhere/output"));
    }

    private static void assertSameBytes(BakedSite expected, BakedSite actual) {
        List<String> files = expected.files();
        assertTrue(files.size() > 30, "the whole site: " + files);
        assertEquals(files, actual.files(), "the same files");
        List<String> different = new ArrayList<>();
        for (String file : files) {
            if (!Arrays.equals(expected.bytes(file), actual.bytes(file))) {
                different.add(file);
            }
        }
        assertTrue(different.isEmpty(), () -> "files that differ between " + expected.root() + " and "
                + actual.root() + ":\n  " + String.join("\n  ", different));
    }

    @Test
    void twoBakesOfTheSameSourcesAreByteIdentical() {
        assertSameBytes(first, second);
    }

    @Test
    void theOutputDoesNotDependOnWhereTheSourcesAre() {
        assertSameBytes(first, fromACopy);
    }
}
