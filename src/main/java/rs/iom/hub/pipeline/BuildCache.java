package rs.iom.hub.pipeline;

import rs.iom.hub.plan.InputHash;
import rs.iom.hub.publish.IoErrors;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the last build read and rendered, kept in {@code target/hub-cache/} of the site folder so that the next
 * {@code hub build} reads only the content files that changed and renders only the pages whose inputs changed. Two
 * files:
 * <ul>
 *   <li>{@code documents.bin}: every content file that read without errors, by its path and the hash of its bytes
 *       ({@link DocumentCache}); it is used when the site's folders, languages and defaults and hub itself are those it
 *       was read with;</li>
 *   <li>{@code pages-<output>.bin}, one per output folder: the inputs hash of every page ({@link RenderState}) and the
 *       size and time its file had once published. A page is rendered again when its inputs, the templates, UI
 *       strings or settings changed, or when its published file is no longer the one written.</li>
 * </ul>
 * Each file is signed with the user's {@link CacheKey} and read only when the signature matches: a file brought by
 * a repository, changed by another program, or written by another build of hub is ignored, and the build reads and
 * renders everything.
 * The cache only ever saves time: a build with it makes the same bytes as one without (BuildCacheIT).
 */
public final class BuildCache {
    /** The cache folder, from the site folder. */
    public static final String FOLDER = "target/hub-cache";
    private static final byte[] MAGIC = "hub build cache 2\n".getBytes(StandardCharsets.US_ASCII);
    private static final String DOCUMENTS = "documents.bin";
    private final Path site;
    private final Optional<CacheKey> key;
    private Consumer<String> notices = notice -> { };

    private BuildCache(Path site, Optional<CacheKey> key) {
        this.site = Objects.requireNonNull(site, "site").toAbsolutePath().normalize();
        this.key = key;
    }

    /** The cache of the site in {@code site}, signed with the user's key. */
    public static BuildCache in(Path site) {
        return new BuildCache(site, CacheKey.forUser());
    }

    /** The cache of the site in {@code site}, signed with {@code key} (tests). */
    static BuildCache in(Path site, CacheKey key) {
        return new BuildCache(site, Optional.of(Objects.requireNonNull(key, "key")));
    }

    /** Where the cache says what went wrong with it (it is never an error: the build just does all the work). */
    BuildCache onNotice(Consumer<String> notices) {
        this.notices = Objects.requireNonNull(notices, "notices");
        return this;
    }

    /** Fills {@code cache} with what the last build read, if it can be used. */
    void restoreInto(DocumentCache cache) {
        Objects.requireNonNull(cache, "cache");
        load(DOCUMENTS, CacheCodec::decodeDocuments).ifPresent(stored ->
                cache.restore(stored.readerSignature(), stored.results(), stored.searchFiles()));
    }

    /** Keeps what {@code cache} holds for the next build, when it changed since it was restored. */
    void save(DocumentCache cache) {
        if (!cache.changed()) {
            return;
        }
        CacheCodec.Documents documents = new CacheCodec.Documents(cache.readerSignature(), cache.documents(),
                cache.searchFiles());
        store(DOCUMENTS, out -> CacheCodec.encode(documents, out));
    }

    /**
     * What the last build into {@code output} rendered, without the pages whose published file changed since; null
     * when there is nothing to go by.
     */
    RenderState previousRender(Path output) {
        Optional<CacheCodec.Pages> stored = load(pagesFile(output), CacheCodec::decodePages);
        if (stored.isEmpty() || !stored.get().output().equals(output.toString())) {
            return null;
        }
        Map<String, Long> pages = new HashMap<>();
        stored.get().inputs().forEach((file, inputs) -> {
            String stamp = stored.get().stamps().get(file);
            if (stamp != null && stamp.equals(stampOf(output.resolve(file)))) {
                pages.put(file, inputs);
            }
        });
        return new RenderState(stored.get().signature(), pages, Map.of());
    }

    /** Keeps what the build just published into {@code output}, with the size and time of each page's file. */
    void saveRender(Path output, RenderState state) {
        Map<String, String> stamps = new HashMap<>();
        state.pages().keySet().forEach(file -> {
            String stamp = stampOf(output.resolve(file));
            if (stamp != null) {
                stamps.put(file, stamp);
            }
        });
        CacheCodec.Pages pages = new CacheCodec.Pages(output.toString(), state.signature(), state.pages(), stamps);
        store(pagesFile(output), out -> CacheCodec.encode(pages, out));
    }

    private static String pagesFile(Path output) {
        return "pages-" + Long.toHexString(new InputHash().add(output.toString()).value()) + ".bin";
    }

    private static String stampOf(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() ? attributes.size() + ":" + attributes.lastModifiedTime().toMillis()
                    : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The cache folder when it is a plain folder of the site's (not a link out of it), made if missing. */
    private Optional<Path> folder(boolean make) throws IOException {
        Path target = site.resolve("target");
        Path folder = site.resolve(FOLDER);
        for (Path path : List.of(target, folder)) {
            if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                if (!make) {
                    return Optional.empty();
                }
                Files.createDirectories(path);
            }
        }
        return Optional.of(folder);
    }

    /** How a file of the cache is read: from its bytes after the format mark. */
    private interface Decoder<T> {
        T decode(ByteBuffer bytes);
    }

    private <T> Optional<T> load(String name, Decoder<T> decoder) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<Path> folder = folder(false);
            if (folder.isEmpty()) {
                return Optional.empty();
            }
            Path file = folder.get().resolve(name);
            Path signatureFile = folder.get().resolve(name + ".sig");
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    || !Files.isRegularFile(signatureFile, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            ByteBuffer bytes;
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                // mapped, not read: the cache of a large site is tens of MB the heap need not hold
                bytes = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            }
            if (!trusted(file, bytes, Files.readAllBytes(signatureFile))) {
                notices.accept("The build cache " + FOLDER + "/" + name + " was not written by this hub for this user;"
                        + " it is left unused and replaced after the build.");
                return Optional.empty();
            }
            byte[] magic = new byte[MAGIC.length];
            if (bytes.remaining() < MAGIC.length || !Arrays.equals(magicOf(bytes, magic), MAGIC)) {
                return Optional.empty();
            }
            return Optional.of(decoder.decode(bytes));
        } catch (IOException | RuntimeException | InternalError e) {
            // written by a build of hub whose types differ (or, mapped, cut short by another program): the build does all the work, and replaces the file
            return Optional.empty();
        }
    }

    private static byte[] magicOf(ByteBuffer bytes, byte[] magic) {
        bytes.get(magic);
        return magic;
    }

    /**
     * Whether {@code file} (whose content is {@code bytes}) is the very file this user's hub wrote: its signature
     * covers the file's identity on disk (device, inode, change time, size, modification time), which no other
     * program can give a file of its own: any write, copy or checkout changes the inode or the change time. Where the
     * file system tells no inode, the signature covers the content (slower: it is hashed in full).
     */
    private boolean trusted(Path file, ByteBuffer bytes, byte[] signature) throws IOException {
        byte[] identity = identity(file, bytes).getBytes(StandardCharsets.UTF_8);
        return key.get().verify(signature, identity, 0);
    }

    private static String identity(Path file, ByteBuffer bytes) throws IOException {
        BasicFileAttributes basic = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        String stamp = file.toAbsolutePath() + "\n" + basic.size() + ":" + basic.lastModifiedTime().toMillis();
        try {
            Map<String, Object> unix = Files.readAttributes(file, "unix:dev,ino,ctime", LinkOption.NOFOLLOW_LINKS);
            return stamp + ":" + unix.get("dev") + ":" + unix.get("ino") + ":" + unix.get("ctime");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            try {
                java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
                digest.update(bytes.duplicate());
                return stamp + ":" + java.util.HexFormat.of().formatHex(digest.digest());
            } catch (java.security.NoSuchAlgorithmException missing) {
                throw new IllegalStateException("Java has no SHA-256", missing);
            }
        }
    }

    private void store(String name, Consumer<OutputStream> encoder) {
        if (key.isEmpty()) {
            return;
        }
        try {
            Optional<Path> folder = folder(true);
            if (folder.isEmpty()) {
                notices.accept("The build cache was not kept: " + site.resolve(FOLDER)
                        + " is not a folder (or is a link). The next build reads every file again.");
                return;
            }
            Path file = folder.get().resolve(name);
            replace(folder.get(), file, out -> {
                out.write(MAGIC);
                encoder.accept(out);
            });
            // signed once in place: a move may change the file's change time
            byte[] signature;
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                signature = key.get().sign(identity(file, channel.map(FileChannel.MapMode.READ_ONLY, 0,
                        channel.size())).getBytes(StandardCharsets.UTF_8), 0);
            }
            replace(folder.get(), folder.get().resolve(name + ".sig"), out -> out.write(signature));
        } catch (IOException | RuntimeException e) {
            notices.accept("The build cache was not kept in " + site.resolve(FOLDER) + ": " + IoErrors.describe(e)
                    + ". The next build reads every file again.");
        }
    }

    /** What writes a file of the cache. */
    private interface Content {
        void write(OutputStream out) throws IOException;
    }

    /** Writes {@code file} through a new file moved into place: a reader sees the old one or the new one. */
    private static void replace(Path folder, Path file, Content content) throws IOException {
        Path temporary = Files.createTempFile(folder, file.getFileName().toString(), ".new");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.write(out);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
