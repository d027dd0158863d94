package rs.iom.hub.pipeline;

import rs.iom.hub.plan.InputHash;
import rs.iom.hub.publish.IoErrors;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 *       strings or settings changed, or when its published file is no longer the one written. The same for the
 *       published copies of pictures, by their name in the image cache;</li>
 *   <li>{@code pictures.bin}: what each picture was found to be (size, orientation, hash), by its path, size and
 *       time; {@code images/}: the copies of pictures ({@link ImageCache}).</li>
 * </ul>
 * Each file is signed with the user's {@link CacheKey} and read only when the signature matches: a file brought by
 * a repository, changed by another program, or written by another build of hub is ignored, and the build reads and
 * renders everything.
 * The cache only ever saves time: a build with it makes the same bytes as one without (BuildCacheIT).
 */
public final class BuildCache {
    /** The cache folder, from the site folder. */
    public static final String FOLDER = "target/hub-cache";
    private static final byte[] MAGIC = "hub build cache 3\n".getBytes(StandardCharsets.US_ASCII);
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

    /**
     * Whether the cache folder is inside {@code folder}: a build into {@code target/} itself would publish the cache,
     * or remove it as a file the site no longer has.
     */
    boolean isInside(Path folder) {
        Path cache = site.resolve(FOLDER);
        try {
            Path real = Files.exists(site) ? site.toRealPath().resolve(FOLDER) : cache;
            return cache.startsWith(folder) || real.startsWith(folder.toRealPath());
        } catch (IOException e) {
            return cache.startsWith(folder);
        }
    }

    /**
     * The cache of the published copies of pictures ({@code images/}), for one build or preview; null when there is no
     * key to sign it with.
     */
    ImageCache images() {
        return key.map(k -> new ImageCache(site.resolve(FOLDER).resolve(ImageCache.FOLDER), k)).orElse(null);
    }

    private static final String PICTURES = "pictures.bin";

    /**
     * What the last build found the pictures to be ({@code pictures.bin}), so that an unchanged photo (same size and
     * time) is not read and hashed again; only when hub is the same build.
     */
    private List<RestoredCache.Picture> pictures() {
        return load(PICTURES, (in, length) -> PictureRecords.read(in, picturesVersion())).orElse(List.of());
    }

    /** Keeps what the pictures of {@code cache} were found to be, for the next build. */
    void savePictures(DocumentCache cache) {
        Map<String, Map.Entry<String, rs.iom.hub.images.SourceImage>> images = cache.images();
        store(PICTURES, out -> PictureRecords.write(out, picturesVersion(), images));
    }

    private static String picturesVersion() {
        return CodeStamp.value() + "\n" + rs.iom.hub.images.ImageEncoder.VERSION;
    }

    /** Decodes what the last build read and found the pictures to be (nothing, when the files cannot be used). */
    RestoredCache restore() {
        return new RestoredCache(load(DOCUMENTS, CacheCodec::decodeDocuments), pictures());
    }

    /**
     * {@link #restore} on a thread of its own. The files may be replaced meanwhile by a build that held the output
     * folder: each is replaced whole and signed with its identity on disk, so what is decoded is one build's or
     * nothing; and an older build's documents are only ever used for files whose bytes they were read from.
     */
    java.util.concurrent.CompletableFuture<RestoredCache> restoreLater() {
        java.util.concurrent.CompletableFuture<RestoredCache> started = prefetched;
        prefetched = null;
        return started != null ? started : java.util.concurrent.CompletableFuture.supplyAsync(this::restore, RESTORING);
    }

    /**
     * Starts decoding the cache now, for the first build that uses it ({@code hub build} calls it before it loads the
     * transliteration dictionaries, which the decoding does not need).
     */
    public BuildCache prefetch() {
        if (prefetched == null && key.isPresent()) {
            prefetched = java.util.concurrent.CompletableFuture.supplyAsync(this::restore, RESTORING);
        }
        return this;
    }

    private java.util.concurrent.CompletableFuture<RestoredCache> prefetched;

    /** The thread that decodes the cache: a daemon, so that a build which fails early never waits for it. */
    private static final java.util.concurrent.Executor RESTORING = task -> {
        Thread thread = new Thread(task, "hub-cache-read");
        thread.setDaemon(true);
        thread.start();
    };

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
        Map<String, String> pictures = new HashMap<>();
        stored.get().inputs().forEach((file, inputs) -> {
            String stamp = stored.get().stamps().get(file);
            if (stamp == null) {
                return;
            }
            if (file.startsWith(PICTURE)) {
                // a published copy of a picture: its name in the image cache, and the size and time it had
                int bar = stamp.indexOf('|');
                String path = file.substring(PICTURE.length());
                if (bar > 0 && stamp.substring(bar + 1).equals(stampOf(output.resolve(path)))) {
                    pictures.put(path, stamp.substring(0, bar));
                }
            } else if (stamp.equals(stampOf(output.resolve(file)))) {
                pages.put(file, inputs);
            }
        });
        return new RenderState(stored.get().signature(), pages, pictures);
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
        Map<String, Long> inputs = new HashMap<>(state.pages());
        state.assets().forEach((path, name) -> {
            String stamp = ImagePublisher.isPictureStamp(name) ? stampOf(output.resolve(path)) : null;
            if (stamp != null) {
                inputs.put(PICTURE + path, 0L);
                stamps.put(PICTURE + path, name + "|" + stamp);
            }
        });
        CacheCodec.Pages pages = new CacheCodec.Pages(output.toString(), state.signature(), inputs, stamps);
        store(pagesFile(output), out -> CacheCodec.encode(pages, out));
    }

    /** Before a published path in the pages file: the entry is a copy of a picture, not a page. */
    private static final String PICTURE = "picture:";

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

    /** How a file of the cache is read: from the stream after the format mark, which has {@code length} bytes. */
    private interface Decoder<T> {
        T decode(InputStream in, long length);
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
            if (!key.get().verify(Files.readAllBytes(signatureFile), identity(file), 0)) {
                notices.accept("The build cache " + FOLDER + "/" + name + " was not written by this hub for this user;"
                        + " it is left unused and replaced after the build.");
                return Optional.empty();
            }
            long length = Files.size(file) - MAGIC.length;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS),
                    1 << 16)) {
                if (length < 0 || !Arrays.equals(in.readNBytes(MAGIC.length), MAGIC)) {
                    return Optional.empty();
                }
                return Optional.ofNullable(decoder.decode(in, length)); // null: written for another version
            }
        } catch (IOException | RuntimeException e) {
            // written by a build of hub whose types differ: the build does all the work, and replaces the file
            return Optional.empty();
        }
    }

    /**
     * What the signature of a cache file covers: its identity on disk (path, device, inode, change time, size,
     * modification time), which no other program can give a file of its own: any write, copy or checkout changes the
     * inode or the change time. Where the file system tells no inode, its content instead (slower: hashed in full).
     */
    private static byte[] identity(Path file) throws IOException {
        BasicFileAttributes basic = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        String stamp = file.toAbsolutePath() + "\n" + basic.size() + ":" + basic.lastModifiedTime().toMillis();
        try {
            Map<String, Object> unix = Files.readAttributes(file, "unix:dev,ino,ctime", LinkOption.NOFOLLOW_LINKS);
            stamp += ":" + unix.get("dev") + ":" + unix.get("ino") + ":" + unix.get("ctime");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
                new java.security.DigestInputStream(in, digest).transferTo(OutputStream.nullOutputStream());
                stamp += ":" + java.util.HexFormat.of().formatHex(digest.digest());
            } catch (java.security.NoSuchAlgorithmException missing) {
                throw new IllegalStateException("Java has no SHA-256", missing);
            }
        }
        return stamp.getBytes(StandardCharsets.UTF_8);
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
            byte[] signature = key.get().sign(identity(file), 0);
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
