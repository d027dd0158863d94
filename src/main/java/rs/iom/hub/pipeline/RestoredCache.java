package rs.iom.hub.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the last build read and found the pictures to be, decoded from the build cache's files and ready to fill a
 * {@link DocumentCache} with. Decoding is most of a no-change rebuild's cache work (a large site's cache is tens of
 * MB, and a cold JVM touches every byte of it for the first time), and needs nothing the build sets up first, so the
 * build decodes on another thread ({@link BuildCache#restoreLater}) while it reads the settings and opens the output
 * folder, and fills its cache from this when it needs it.
 */
final class RestoredCache {
    /** One picture as the last build found it: its path, size and time ({@code stamp}), and what it is. */
    record Picture(String source, String stamp, rs.iom.hub.images.SourceImage image) {
    }

    private final Optional<CacheCodec.Documents> documents;
    private final List<Picture> pictures;

    RestoredCache(Optional<CacheCodec.Documents> documents, List<Picture> pictures) {
        this.documents = Objects.requireNonNull(documents, "documents");
        this.pictures = List.copyOf(pictures);
    }

    /** Fills {@code cache} with what was decoded. */
    void into(DocumentCache cache) {
        Objects.requireNonNull(cache, "cache");
        documents.ifPresent(stored -> cache.restore(stored.readerSignature(), stored.results(),
                stored.searchFiles()));
        pictures.forEach(picture -> cache.putImage(picture.source(), picture.stamp(), picture.image()));
    }
}
