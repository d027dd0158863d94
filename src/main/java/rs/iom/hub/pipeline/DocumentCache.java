package rs.iom.hub.pipeline;

import rs.iom.hub.content.DocumentReader;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers what reading each content file gave, keyed by its size and modification time, so that the preview server
 * only re-reads the files that changed. A full build starts with an empty cache.
 */
public final class DocumentCache {
    private record Entry(long size, long modified, DocumentReader.Result result) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Integer>> searchWeights = new ConcurrentHashMap<>();

    /** Search term weights by document fingerprint (see {@link rs.iom.hub.search.SearchIndexBuilder}). */
    public Map<String, Map<String, Integer>> searchWeights() {
        return searchWeights;
    }

    /** The cached result for {@code source} if its size and time are unchanged. */
    public DocumentReader.Result get(String source, long size, long modified) {
        Entry entry = entries.get(source);
        return entry != null && entry.size == size && entry.modified == modified ? entry.result : null;
    }

    public void put(String source, long size, long modified, DocumentReader.Result result) {
        entries.put(source, new Entry(size, modified, result));
    }

    /** Forgets files that no longer exist. */
    public void retainOnly(java.util.Collection<String> sources) {
        entries.keySet().retainAll(new java.util.HashSet<>(sources));
        java.util.Set<String> fingerprints = new java.util.HashSet<>();
        entries.values().forEach(e -> e.result.document().ifPresent(d -> fingerprints.add(d.fingerprint())));
        searchWeights.keySet().retainAll(fingerprints);
    }

    public void clear() {
        entries.clear();
        searchWeights.clear();
    }
}
