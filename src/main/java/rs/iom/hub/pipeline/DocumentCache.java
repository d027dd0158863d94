package rs.iom.hub.pipeline;

import rs.iom.hub.content.DocumentReader;
import rs.iom.hub.search.SearchIndexBuilder;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers what reading each content file gave, so that a file is read (its front matter parsed, its Markdown
 * rendered) only when it changed. The preview server keeps one in memory and finds unchanged files by their size and
 * modification time; a build restores one from the {@link BuildCache} and finds them by their content, whatever their
 * time says (a fresh checkout touches every file). What reading gives depends on the site's folders, languages and
 * defaults, and on hub itself: {@link #useFor} forgets everything when those differ from what it was read with.
 */
public final class DocumentCache {
    private record Entry(long size, long modified, DocumentReader.Result result) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Pictures probed, by source path: "size:modified" and what the probe found (kept in memory only). */
    private final Map<String, Map.Entry<String, rs.iom.hub.images.SourceImage>> images = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Integer>> searchWeights = new ConcurrentHashMap<>();
    private final Map<String, List<SearchIndexBuilder.FileStamp>> searchFiles = new SearchFiles();
    private final Map<String, rs.iom.hub.search.TermPostings> searchPostings = new ConcurrentHashMap<>();
    private final Map<String, Map<SearchIndexBuilder.Entry, byte[]>> searchDigests = new ConcurrentHashMap<>();
    private final rs.iom.hub.plan.PlanMemory planMemory = new rs.iom.hub.plan.PlanMemory();
    private final rs.iom.hub.check.LinkMemory linkMemory = new rs.iom.hub.check.LinkMemory();
    private volatile String readerSignature = "";
    private volatile boolean changed;

    /** What counting the search index's terms remembers between bakes: weights, term file memos, postings. */
    public rs.iom.hub.search.SearchMemory searchMemory() {
        return new rs.iom.hub.search.SearchMemory(searchWeights, searchFiles, searchPostings, searchDigests);
    }

    /** The link check's findings of the previous bake (kept in memory only). */
    public rs.iom.hub.check.LinkMemory linkMemory() {
        return linkMemory;
    }

    /** The document pages the previous bake planned (kept in memory only). */
    public rs.iom.hub.plan.PlanMemory planMemory() {
        return planMemory;
    }

    /**
     * Names and hashes of the search index's term files, by the key of the entries they were counted for (see
     * {@link SearchIndexBuilder#termFiles(List, Map)}); the last few only.
     */
    public Map<String, List<SearchIndexBuilder.FileStamp>> searchFiles() {
        return searchFiles;
    }

    /**
     * The few latest search index memos (each edit of the preview makes one per language); adding one is a change.
     * Used by the plan stage of one bake at a time, on one thread.
     */
    private final class SearchFiles extends LinkedHashMap<String, List<SearchIndexBuilder.FileStamp>> {
        private static final int KEPT = 8;

        @Override
        public List<SearchIndexBuilder.FileStamp> put(String key, List<SearchIndexBuilder.FileStamp> value) {
            changed = true;
            return super.put(key, value);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<SearchIndexBuilder.FileStamp>> eldest) {
            return size() > KEPT;
        }
    }

    /**
     * Keeps the entries when they were read with the same settings ({@code signature}), forgets them otherwise.
     *
     * @param signature what the reader of this bake depends on besides the file (folders, languages, hub's build)
     */
    void useFor(String signature) {
        Objects.requireNonNull(signature, "signature");
        if (!signature.equals(readerSignature)) {
            clear();
            readerSignature = signature;
        }
    }

    /** The cached result for {@code source} if its size and time are unchanged. */
    public DocumentReader.Result get(String source, long size, long modified) {
        Entry entry = entries.get(source);
        return entry != null && entry.size == size && entry.modified == modified ? entry.result : null;
    }

    /** The cached result for {@code source} if it was read from these very {@code bytes}. */
    DocumentReader.Result getByContent(String source, byte[] bytes) {
        Entry entry = entries.get(source);
        if (entry == null || entry.result.document().isEmpty()) {
            return null;
        }
        return entry.result.document().get().fingerprint().equals(DocumentReader.fingerprint(bytes))
                ? entry.result : null;
    }

    public void put(String source, long size, long modified, DocumentReader.Result result) {
        Entry old = entries.put(source, new Entry(size, modified, result));
        if (old == null || old.result != result) {
            changed = true;
        }
    }

    /**
     * Forgets what reading the content file that comes last in path order gave (so that the next bake reads it
     * again), and names it; empty when nothing is cached. For {@link Pipeline#rehearse}.
     */
    java.util.Optional<String> forgetLast() {
        java.util.Optional<String> last = entries.keySet().stream().max(String::compareTo);
        last.ifPresent(entries::remove);
        return last;
    }

    /**
     * Forgets files that no longer exist, and the search weights of documents no longer read (only once more than
     * {@value #STALE_WEIGHTS} have gathered: the preview calls this after every save, and going through every entry
     * each time cost more than the few stale weights take).
     */
    public void retainOnly(Collection<String> sources) {
        // the usual case, every source just read into the cache and none gone, needs no set of the sources
        boolean same = entries.size() == sources.size() && entries.keySet().containsAll(sources);
        if (!same && entries.keySet().retainAll(new HashSet<>(sources))) {
            changed = true;
        }
        if (searchWeights.size() > entries.size() + STALE_WEIGHTS) {
            Set<String> fingerprints = new HashSet<>();
            entries.values().forEach(e -> e.result.document().ifPresent(d -> fingerprints.add(d.fingerprint())));
            searchWeights.keySet().retainAll(fingerprints);
        }
    }

    /** How many search weights of documents no longer read are kept at most. */
    static final int STALE_WEIGHTS = 64;

    /** How many documents' search weights are remembered (for tests). */
    int searchWeightCount() {
        return searchWeights.size();
    }

    /** The probe of the picture {@code source} when its size and time are still {@code stamp}, else null. */
    rs.iom.hub.images.SourceImage image(String source, String stamp) {
        Map.Entry<String, rs.iom.hub.images.SourceImage> entry = images.get(source);
        return entry != null && entry.getKey().equals(stamp) ? entry.getValue() : null;
    }

    void putImage(String source, String stamp, rs.iom.hub.images.SourceImage image) {
        images.put(source, Map.entry(stamp, image));
    }

    /** Every picture probed: source → "size:modified" and what the probe found (for the build cache). */
    Map<String, Map.Entry<String, rs.iom.hub.images.SourceImage>> images() {
        return new TreeMap<>(images);
    }

    /** Only the pictures of {@code sources} stay. */
    void retainImages(Collection<String> sources) {
        images.keySet().retainAll(new HashSet<>(sources));
    }

    public void clear() {
        images.clear();
        planMemory.clear();
        linkMemory.clear();
        if (!entries.isEmpty()) {
            changed = true;
        }
        entries.clear();
        searchWeights.clear();
        searchFiles.clear();
        searchPostings.clear();
        searchDigests.clear();
    }

    /** The settings the entries were read with ({@link #useFor}). */
    String readerSignature() {
        return readerSignature;
    }

    /** Whether an entry was added, replaced or forgotten since the cache was {@linkplain #restore restored}. */
    boolean changed() {
        return changed;
    }

    /**
     * The results worth keeping on disk, by source in path order: those of files that gave a document (a file with
     * errors is read again, and says again what is wrong).
     */
    Map<String, DocumentReader.Result> documents() {
        Map<String, DocumentReader.Result> documents = new LinkedHashMap<>();
        new TreeMap<>(entries).forEach((source, entry) -> {
            if (entry.result.document().isPresent()) {
                documents.put(source, entry.result);
            }
        });
        return documents;
    }

    /**
     * Replaces the entries with results kept on disk, read with {@code signature}. They are found by their content
     * only ({@link #getByContent}): their files' times on disk are not known.
     */
    void restore(String signature, Map<String, DocumentReader.Result> documents,
                 Map<String, List<SearchIndexBuilder.FileStamp>> memos) {
        entries.clear();
        searchWeights.clear();
        searchFiles.clear();
        searchPostings.clear();
        searchDigests.clear();
        documents.forEach((source, result) -> entries.put(source, new Entry(-1, -1, result)));
        searchFiles.putAll(memos);
        readerSignature = Objects.requireNonNull(signature, "signature");
        changed = false;
    }
}
