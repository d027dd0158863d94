package rs.iom.hub.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.NoSuchAlgorithmException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The secret that signs the build cache. The cache lives in the site folder ({@code target/hub-cache/}), where a
 * repository could bring a file of its own; what it holds is trusted (rendered HTML, already checked), so hub reads
 * only the files it signed itself, with a key that never is in the site folder: {@code hub/cache.key} in the user's
 * cache folder ({@code $XDG_CACHE_HOME}, or {@code ~/.cache}), made on first use and readable by the user alone.
 */
final class CacheKey {
    static final int SIGNATURE_LENGTH = 32;
    private final byte[] key;

    private CacheKey(byte[] key) {
        this.key = key.clone();
    }

    /** A key given as bytes (tests). */
    static CacheKey of(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < SIGNATURE_LENGTH) {
            throw new IllegalArgumentException("key must have at least " + SIGNATURE_LENGTH + " bytes but has "
                    + key.length);
        }
        return new CacheKey(key);
    }

    /** The user's key, made when there is none yet; empty when it can be neither read nor made. */
    static Optional<CacheKey> forUser() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        String home = System.getProperty("user.home", "");
        Path folder = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(home, ".cache");
        // without a home (user.home is "?" for a user the system does not know) there is no key, and no cache: a
        // relative path would put the key into the folder hub runs in
        return folder.isAbsolute() ? in(folder.resolve("hub")) : Optional.empty();
    }

    /** The key in {@code folder}/cache.key, made when there is none yet. */
    static Optional<CacheKey> in(Path folder) {
        Path file = folder.resolve("cache.key");
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                create(folder, file);
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) != SIGNATURE_LENGTH) {
                return Optional.empty();
            }
            return Optional.of(new CacheKey(Files.readAllBytes(file)));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static void create(Path folder, Path file) throws IOException {
        Files.createDirectories(folder);
        byte[] key = new byte[SIGNATURE_LENGTH];
        new SecureRandom().nextBytes(key);
        Path temporary = Files.createTempFile(folder, "cache.key", ".new");
        try {
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // a file system without POSIX permissions: the user's cache folder is as private as it gets
            }
            Files.write(temporary, key);
            // Two hubs making a key at the same moment: the last one wins, and what the other signed is rebuilt.
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * The signature of {@code bytes[offset..]}: HMAC-SHA256 (RFC 2104), made with the {@code MessageDigest} every
     * build has loaded already. {@code javax.crypto.Mac} computes the same bytes (CacheKeyTest), but setting up the
     * JCE provider costs a tenth of a second per build, as much as the rest of a no-change rebuild's cache work.
     */
    byte[] sign(byte[] bytes, int offset) {
        try {
            byte[] block = new byte[64];
            System.arraycopy(key, 0, block, 0, Math.min(key.length, block.length));
            if (key.length > block.length) {
                block = Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(key), 64);
            }
            MessageDigest inner = MessageDigest.getInstance("SHA-256");
            MessageDigest outer = MessageDigest.getInstance("SHA-256");
            for (byte b : block) {
                inner.update((byte) (b ^ 0x36));
                outer.update((byte) (b ^ 0x5c));
            }
            inner.update(bytes, offset, bytes.length - offset);
            return outer.digest(inner.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Java has no SHA-256", e);
        }
    }

    /** Whether {@code signature} is that of {@code bytes[offset..]}, compared in constant time. */
    boolean verify(byte[] signature, byte[] bytes, int offset) {
        return MessageDigest.isEqual(signature, sign(bytes, offset));
    }
}
