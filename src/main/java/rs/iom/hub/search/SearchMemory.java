package rs.iom.hub.search;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What building the search index may remember from one bake to the next, so that a bake after an edit counts only
 * what changed. A one-off build passes maps that keep nothing it does not need; the preview passes those of its
 * document cache.
 *
 * @param weights  term weights by document fingerprint
 * @param files    names and hashes of term files by the key of their entries ({@link SearchIndexBuilder#key}): an
 *                 unchanged index is planned without counting its terms (the build cache keeps these too)
 * @param postings the postings last counted, by index (language): after an edit only the edited documents' terms
 *                 are counted again
 * @param digests  each entry's digest last hashed for the key of an index, by index (language): after an edit only
 *                 the edited documents' entries are hashed again
 */
public record SearchMemory(Map<String, Map<String, Integer>> weights,
                           Map<String, List<SearchIndexBuilder.FileStamp>> files,
                           Map<String, TermPostings> postings,
                           Map<String, Map<SearchIndexBuilder.Entry, byte[]>> digests) {
    public SearchMemory {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(postings, "postings");
        Objects.requireNonNull(digests, "digests");
    }

    /** A memory that keeps no digests beyond the bake. */
    public SearchMemory(Map<String, Map<String, Integer>> weights,
                        Map<String, List<SearchIndexBuilder.FileStamp>> files, Map<String, TermPostings> postings) {
        this(weights, files, postings, new java.util.concurrent.ConcurrentHashMap<>());
    }

    /** A memory that keeps everything, in maps safe for several threads. */
    public static SearchMemory concurrent() {
        return new SearchMemory(new java.util.concurrent.ConcurrentHashMap<>(),
                new java.util.concurrent.ConcurrentHashMap<>(), new java.util.concurrent.ConcurrentHashMap<>());
    }
}
