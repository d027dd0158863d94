package rs.iom.hub.pipeline;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same sources always bake to the same bytes: no times, temporary paths or thread order in the output. The
 * shared bake of the real site ({@link RealSite}, baked earlier in this JVM) is compared with a bake of the same
 * folder now and with a bake of a copy of it elsewhere, whose files are new and have new times; and a larger site baked
 * one file after the other is compared with the same site baked by four threads at once.
 */
@ExtendWith(RealSite.LeftUnchanged.class)
class DeterministicOutputIT {
    @TempDir
    static Path temp;
    static BakedSite shared;
    static BakedSite again;
    static BakedSite fromACopy;

    @BeforeAll
    static void bakeTheRealSiteAgainAndACopyOfIt() {
        shared = RealSite.get();
        again = TestSites.bake(TestSites.projectDir(), temp.resolve("again"));
        Path copy = TestSites.exactCopyOfRealSite(temp.resolve("elsewhere/sources"));
        fromACopy = TestSites.bake(copy, temp.resolve("elsewhere/output"));
    }

    private static void assertSameBytes(BakedSite expected, BakedSite actual) {
        List<String> files = expected.files();
        assertTrue(files.size() > 30, "the whole site: " + files);
        SiteFolders.assertSame(expected.root(), actual.root());
    }

    @Test
    void twoBakesOfTheSameSourcesAreByteIdentical() {
        assertSameBytes(shared, again);
    }

    @Test
    void theOutputDoesNotDependOnWhereTheSourcesAreOrOnTheirFileTimes() {
        assertSameBytes(shared, fromACopy);
    }

    @Test
    void aBakeOneFileAfterTheOtherIsByteIdenticalToAParallelOne() {
        // Enough news (and so list, tag, year and search pages) for four threads to interleave their work.
        Path sources = TestSites.copyOfRealSite(temp.resolve("threads/sources"));
        TestCorpus.writeNews(sources, 150);
        BakedSite sequential = TestSites.bake(sources, temp.resolve("threads/one"), 1);
        BakedSite parallel = TestSites.bake(sources, temp.resolve("threads/four"), 4);
        assertTrue(sequential.files().size() > 1000, "the whole site: " + sequential.files().size() + " files");
        SiteFolders.assertSame(sequential.root(), parallel.root());
    }
}
