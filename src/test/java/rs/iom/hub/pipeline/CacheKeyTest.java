package rs.iom.hub.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CacheKeyTest {
    @TempDir
    Path temp;

    @Test
    void signaturesAreHmacSha256AsJavaComputesThem() throws Exception {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 0x0b);
        byte[] data = "Hi There, and a longer message to sign than one block of SHA-256 holds: 64 bytes or more."
                .getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        mac.update(data, 5, data.length - 5);
        assertArrayEquals(mac.doFinal(), CacheKey.of(key).sign(data, 5));
        assertTrue(CacheKey.of(key).verify(mac.doFinal(Arrays.copyOfRange(data, 5, data.length)), data, 5));
    }

    @Test
    void aSignatureOfOtherBytesOrWithAnotherKeyDoesNotVerify() {
        byte[] data = "documents".getBytes(StandardCharsets.UTF_8);
        CacheKey one = CacheKey.of(new byte[32]);
        byte[] other = new byte[32];
        other[31] = 1;
        byte[] signature = one.sign(data, 0);
        assertFalse(CacheKey.of(other).verify(signature, data, 0));
        assertFalse(one.verify(signature, "Documents".getBytes(StandardCharsets.UTF_8), 0));
    }

    @Test
    void theUsersKeyIsMadeOnceAndReadableByTheUserAlone() throws Exception {
        Path folder = temp.resolve("cache/hub");
        CacheKey first = CacheKey.in(folder).orElseThrow();
        CacheKey again = CacheKey.in(folder).orElseThrow();
        byte[] data = {1, 2, 3};
        assertArrayEquals(first.sign(data, 0), again.sign(data, 0), "the same key, read back");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                folder.resolve("cache.key"))));
        assertEquals(32, Files.size(folder.resolve("cache.key")));
    }

    @Test
    void aKeyFileOfTheWrongSizeOrALinkIsNotUsed() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("short"));
        Files.write(folder.resolve("cache.key"), new byte[5]);
        assertTrue(CacheKey.in(folder).isEmpty());
        Path linked = Files.createDirectories(temp.resolve("linked"));
        Path target = Files.write(temp.resolve("elsewhere.key"), new byte[32]);
        Files.createSymbolicLink(linked.resolve("cache.key"), target);
        assertTrue(CacheKey.in(linked).isEmpty());
    }
}
