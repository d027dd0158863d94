package rs.iom.hub.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageCacheTest {
    private static final String USED = "0123456789abcdef0123456789abcdef01234567.jpg";
    private static final String UNUSED = "fedcba9876543210fedcba9876543210fedcba98.png";

    @TempDir
    Path folder;

    @Test
    void removingUnusedCopiesLeavesTheUsedOnesAndEveryFileTheCacheDidNotName() throws IOException {
        CacheKey key = CacheKey.of(new byte[32]);
        new ImageCache(folder, key).put(UNUSED, new byte[] {1, 2, 3});
        ImageCache cache = new ImageCache(folder, key);
        cache.put(USED, new byte[] {4, 5});
        Files.writeString(folder.resolve("notes.txt"), "someone else's");
        Files.createDirectories(folder.resolve("sub"));

        cache.removeUnused();

        assertArrayEquals(new byte[] {4, 5}, cache.get(USED));
        assertFalse(Files.exists(folder.resolve(UNUSED)), "a copy no build asked for goes");
        assertTrue(Files.exists(folder.resolve("notes.txt")), "a file the cache did not write stays");
        assertTrue(Files.isDirectory(folder.resolve("sub")));
    }

    @Test
    void aCacheFolderThatIsALinkIsNotWrittenThrough(@TempDir Path elsewhere) throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("images"), elsewhere);

        new ImageCache(link, CacheKey.of(new byte[32])).put(USED, new byte[] {1});

        assertFalse(Files.exists(elsewhere.resolve(USED)));
    }
}
