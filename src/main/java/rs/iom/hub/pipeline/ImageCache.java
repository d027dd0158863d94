package rs.iom.hub.pipeline;

import rs.iom.hub.images.ImageEncoder;
import rs.iom.hub.images.ImageVariants;
import rs.iom.hub.images.SourceImage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The published copies of pictures made by earlier builds and previews, in {@code target/hub-cache/images/}, one file
 * per copy named after the hash of the picture's bytes and the copy's size: an unchanged photo is never decoded and
 * encoded again, whatever its name, folder or time. Each file is signed with the user's {@link CacheKey} (as the rest
 * of the build cache) and used only when the signature matches, so a file brought into the folder by anyone else is
 * ignored. Copies no build asked for are removed after a successful build ({@link #removeUnused}).
 */
final class ImageCache {
    static final String FOLDER = "images";
    private final Path folder;
    private final CacheKey key;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    /** The names this cache gives its files: 40 hexadecimal digits and the format, or a write in progress. */
    private static final java.util.regex.Pattern OURS =
            java.util.regex.Pattern.compile("[0-9a-f]{40}\\.(?:jpg|png)|\\.new-[0-9]+\\.tmp");

    ImageCache(Path folder, CacheKey key) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.key = Objects.requireNonNull(key, "key");
    }

    /** The name of the copy {@code variant} of {@code image}: it changes with the picture's bytes and the copy. */
    static String name(SourceImage image, ImageVariants.Variant variant) {
        String spec = image.sha256() + "\n" + image.orientation() + "\n" + variant.width() + "x" + variant.height()
                + "\n" + (variant.crop() == null ? "" : Arrays.toString(variant.crop())) + "\n" + variant.format()
                + "\n" + ImageEncoder.VERSION + "\n" + Runtime.version().feature();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(spec.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 20) + (variant.format().equals("png") ? ".png" : ".jpg");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes of the copy called {@code name}, or null when there is none (or it is not signed by us). */
    byte[] get(String name) {
        used.add(name);
        Path file = folder.resolve(name);
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            byte[] stored = Files.readAllBytes(file);
            if (stored.length < CacheKey.SIGNATURE_LENGTH) {
                return null;
            }
            byte[] signature = Arrays.copyOf(stored, CacheKey.SIGNATURE_LENGTH);
            byte[] signed = signed(name, stored);
            return key.verify(signature, signed, 0) ? Arrays.copyOfRange(stored, CacheKey.SIGNATURE_LENGTH,
                    stored.length) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Marks the copy called {@code name} as still in use (published unchanged), so that it is not removed. */
    void keep(String name) {
        used.add(name);
    }

    /** Keeps {@code bytes} as the copy called {@code name}; a cache that cannot be written is left alone. */
    void put(String name, byte[] bytes) {
        used.add(name);
        try {
            if (Files.isSymbolicLink(folder)) {
                return; // a link would lead the cache's writes out of target/hub-cache
            }
            Files.createDirectories(folder);
            byte[] stored = new byte[CacheKey.SIGNATURE_LENGTH + bytes.length];
            System.arraycopy(bytes, 0, stored, CacheKey.SIGNATURE_LENGTH, bytes.length);
            System.arraycopy(key.sign(signed(name, stored), 0), 0, stored, 0, CacheKey.SIGNATURE_LENGTH);
            Path temporary = Files.createTempFile(folder, ".new-", ".tmp");
            try {
                Files.write(temporary, stored);
                Files.move(temporary, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            // the cache only saves time: the copy is made again next time
        }
    }

    /**
     * Removes the copies no one asked for since this cache was opened (pictures since changed or removed): only files
     * named as this cache names them ({@link #name}) or its own unfinished writes; anything else in the folder is not
     * ours and stays.
     */
    void removeUnused() {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (!used.contains(name) && OURS.matcher(name).matches()
                        && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // removed by a later build
        }
    }

    /** The name followed by the copy's bytes: what the signature covers (a copy is never taken for another). */
    private static byte[] signed(String name, byte[] stored) {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        byte[] signed = new byte[nameBytes.length + stored.length - CacheKey.SIGNATURE_LENGTH];
        System.arraycopy(nameBytes, 0, signed, 0, nameBytes.length);
        System.arraycopy(stored, CacheKey.SIGNATURE_LENGTH, signed, nameBytes.length,
                stored.length - CacheKey.SIGNATURE_LENGTH);
        return signed;
    }
}
