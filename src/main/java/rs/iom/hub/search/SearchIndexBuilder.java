package rs.iom.hub.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Builds the client-side search index of one edition at bake time. So that a reader downloads only what a query
 * needs, the index is split: {@code meta.json} (sizes and shard names), term shards {@code t-<xy>.json} (the folded
 * terms starting with those two characters, each with its documents and weights) and document shards
 * {@code d-<n>.json} (title, address, date and summary of {@value #DOCS_PER_SHARD} documents each).
 *
 * <p>Weights: a word in the title counts {@value #TITLE}, in a tag {@value #TAG}, in the summary {@value #SUMMARY},
 * in the text 1 per occurrence (at most {@value #MAX_BODY}), so title hits rank above body hits.</p>
 */
public final class SearchIndexBuilder {
    static final int DOCS_PER_SHARD = 50;
    static final int TITLE = 20;
    static final int TAG = 8;
    static final int SUMMARY = 4;
    static final int MAX_BODY = 4;

    private static final JsonFactory JSON = new JsonFactory();

    /** Term weights of documents already seen, by fingerprint (editions of one language share them). */
    private final Map<String, Map<String, Integer>> weights;
    /** Postings last counted, by index name. */
    private final Map<String, TermPostings> counted;
    /** Each entry's digest, by index name: what the last {@link #key} of that index hashed. */
    private final Map<String, Map<Entry, byte[]>> digests;
    /**
     * One string per term for the weights counted here: each document's weights would otherwise hold their own copy
     * of every word (3.7 million strings, a third of the heap, at 10,000 documents, where the site has some tens of
     * thousands of words), which the collector copies again and again while the build runs.
     */
    private final Map<String, String> vocabulary = new ConcurrentHashMap<>();

    /**
     * A document as the index shows it; {@code fingerprint} identifies its source (weights are computed once per
     * fingerprint), {@code text} is its plain text.
     */
    public record Entry(String url, String title, String dateIso, String dateText, String summary, String text,
                        List<String> tags, String fingerprint) {
    }

    /**
     * @param weights a cache of term weights by document fingerprint, kept as long as the caller likes (the preview
     *                server keeps it between re-bakes so that only changed documents are tokenized again); safe for
     *                several threads (the indexes of several languages may be counted at once)
     */
    public SearchIndexBuilder(Map<String, Map<String, Integer>> weights) {
        this(weights, new HashMap<>());
    }

    /**
     * @param weights as above
     * @param counted the postings last counted for each index named in {@link #termFiles(String, List, Map)}, kept
     *                as long as the caller likes (the preview keeps them: after an edit, only the edited documents'
     *                terms change)
     */
    public SearchIndexBuilder(Map<String, Map<String, Integer>> weights, Map<String, TermPostings> counted) {
        this(weights, counted, new HashMap<>());
    }

    /**
     * @param weights as above
     * @param counted as above
     * @param digests the digest of each entry last hashed for the {@link #key} of each index, by index name, kept as
     *                long as the caller likes (the preview keeps them: after an edit, only the edited documents'
     *                entries are hashed again); safe for several threads
     */
    public SearchIndexBuilder(Map<String, Map<String, Integer>> weights, Map<String, TermPostings> counted,
                              Map<String, Map<Entry, byte[]>> digests) {
        this.weights = Objects.requireNonNull(weights, "weights");
        this.counted = Objects.requireNonNull(counted, "counted");
        this.digests = Objects.requireNonNull(digests, "digests");
    }

    /**
     * One file of the index: its name, a cheap hash of its content (to notice unchanged files without writing them)
     * and its JSON, produced on demand and only once.
     */
    public record IndexFile(String name, LongSupplier hash, Supplier<String> json) {
    }

    /** The files of the index (name → JSON), for {@code entries} in display order (newest first). */
    public Map<String, String> build(List<Entry> entries) {
        Map<String, String> files = new LinkedHashMap<>();
        for (IndexFile file : termFiles(entries)) {
            files.put(file.name(), file.json().get());
        }
        for (IndexFile file : documentFiles(entries)) {
            files.put(file.name(), file.json().get());
        }
        return files;
    }

    /**
     * {@code meta.json} and the term shards. They depend only on the documents' sources and order, so the editions of
     * one language (Latin and Cyrillic) can share them.
     */
    public List<IndexFile> termFiles(List<Entry> entries) {
        Objects.requireNonNull(entries, "entries");
        return files(postings(null, entries), entries.size());
    }

    /**
     * The postings of {@code entries}: made from those last counted for {@code index} when they are kept (see
     * {@link #SearchIndexBuilder(Map, Map)}), counted anew otherwise; kept for the next count.
     */
    private TermPostings postings(String index, List<Entry> entries) {
        List<String> fingerprints = entries.stream().map(Entry::fingerprint).toList();
        TermPostings last = index == null ? null : counted.get(index);
        TermPostings postings = last == null ? TermPostings.count(fingerprints, weights(entries))
                : last.after(fingerprints, weights(entries));
        if (index != null) {
            counted.put(index, postings);
        }
        return postings;
    }

    private static List<IndexFile> files(TermPostings postings, int documents) {
        List<IndexFile> files = new ArrayList<>();
        List<String> shardNames = postings.shardNames();
        files.add(new IndexFile("meta.json", () -> hash(documents, shardNames), once(() -> json(g -> {
            g.writeStartObject();
            g.writeNumberField("version", 1);
            g.writeNumberField("documents", documents);
            g.writeNumberField("documentsPerShard", DOCS_PER_SHARD);
            g.writeArrayFieldStart("termShards");
            for (String shard : shardNames) {
                g.writeString(shard);
            }
            g.writeEndArray();
            g.writeEndObject();
        }))));
        for (String shard : shardNames) {
            long hash = postings.hash(shard);
            files.add(new IndexFile("t-" + shard + ".json", () -> hash, once(() -> json(g -> {
                g.writeStartObject();
                postings.forEachTerm(shard, (term, ids, weights, size) -> {
                    g.writeArrayFieldStart(term);
                    int previous = 0;
                    for (int i = 0; i < size; i++) {
                        g.writeNumber(ids[i] - previous); // ids as gaps: smaller files
                        g.writeNumber(weights[i]);
                        previous = ids[i];
                    }
                    g.writeEndArray();
                });
                g.writeEndObject();
            }))));
        }
        return files;
    }

    /** The name and content hash of a file of the index, kept to plan an unchanged index without computing it. */
    public record FileStamp(String name, long hash) {
        public FileStamp {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * The term files for {@code entries}, as {@link #termFiles(List)}, but planned from {@code memo} when the entries
     * are those it was made for: then only names and hashes are known at first, and the terms are counted only when
     * a file's JSON is asked for (a page whose hash did not change is not rendered, so an unchanged index costs
     * nothing). New entries are counted at once and their stamps added to {@code memo}.
     *
     * @param memo stamps of the term files by {@link #key} of their entries (kept by the build cache)
     */
    public List<IndexFile> termFiles(List<Entry> entries, Map<String, List<FileStamp>> memo) {
        return termFiles(null, entries, memo);
    }

    /**
     * The same, for the index named {@code index} (e.g. its language): its postings are made from those counted for
     * it before, when the builder keeps them.
     */
    public List<IndexFile> termFiles(String index, List<Entry> entries, Map<String, List<FileStamp>> memo) {
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(memo, "memo");
        String key;
        if (index == null) {
            key = key(entries);
        } else {
            Map<Entry, byte[]> kept = new HashMap<>();
            key = key(entries, digests.getOrDefault(index, Map.of()), kept);
            digests.put(index, kept);
        }
        List<FileStamp> stamps;
        synchronized (memo) { // the indexes of several languages are counted at once
            stamps = memo.get(key);
        }
        if (stamps == null) {
            List<IndexFile> files = files(postings(index, entries), entries.size());
            List<FileStamp> counted = files.stream().map(f -> new FileStamp(f.name(), f.hash().getAsLong())).toList();
            synchronized (memo) {
                memo.put(key, counted);
            }
            return files;
        }
        Supplier<Map<String, IndexFile>> counted = once(() -> {
            Map<String, IndexFile> byName = new HashMap<>();
            files(postings(index, entries), entries.size()).forEach(file -> byName.put(file.name(), file));
            return byName;
        });
        List<IndexFile> files = new ArrayList<>();
        for (FileStamp stamp : stamps) {
            files.add(new IndexFile(stamp.name(), stamp::hash, once(() -> {
                IndexFile file = counted.get().get(stamp.name());
                if (file == null) {
                    throw new IllegalStateException("the search index has no file " + stamp.name()
                            + " any more: its memo does not fit its entries");
                }
                return file.json().get();
            })));
        }
        return files;
    }

    /** What the term files depend on: each entry's source hash, title, summary and tags, in order (SHA-256). */
    static String key(List<Entry> entries) {
        return key(entries, Map.of(), new HashMap<>());
    }

    /**
     * {@link #key} of {@code entries}, taking the digest of an entry from {@code known} when it is there and putting
     * every entry's digest into {@code kept}. The key is the SHA-256 of the entries' digests, in order.
     */
    private static String key(List<Entry> entries, Map<Entry, byte[]> known, Map<Entry, byte[]> kept) {
        java.security.MessageDigest digest = sha256();
        for (Entry entry : entries) {
            byte[] digestOfEntry = known.isEmpty() ? null : known.get(entry);
            if (digestOfEntry == null) {
                digestOfEntry = digest(entry);
            }
            kept.put(entry, digestOfEntry);
            digest.update(digestOfEntry);
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    /** What the term files depend on of one entry: its source hash, title, summary and tags (SHA-256). */
    private static byte[] digest(Entry entry) {
        java.security.MessageDigest digest = sha256();
        for (String part : List.of(entry.fingerprint(), entry.title(), entry.summary(),
                String.join("\u0000", entry.tags()))) {
            digest.update(part.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return digest.digest();
    }

    private static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Java has no SHA-256", e);
        }
    }

    /** The document shards: what the results list shows of each document, in the edition's script. */
    public List<IndexFile> documentFiles(List<Entry> entries) {
        List<IndexFile> files = new ArrayList<>();
        for (int start = 0; start < entries.size(); start += DOCS_PER_SHARD) {
            List<Entry> slice = List.copyOf(entries.subList(start, Math.min(entries.size(), start + DOCS_PER_SHARD)));
            files.add(new IndexFile("d-" + (start / DOCS_PER_SHARD) + ".json", () -> {
                long h = 17;
                for (Entry e : slice) {
                    h = 31 * h + java.util.Objects.hash(e.url(), e.title(), e.dateIso(), e.dateText(), e.summary());
                }
                return h;
            }, once(() -> json(g -> {
                g.writeStartArray();
                for (Entry e : slice) {
                    g.writeStartArray();
                    g.writeString(e.url());
                    g.writeString(e.title());
                    g.writeString(e.dateIso());
                    g.writeString(e.dateText());
                    g.writeString(e.summary());
                    g.writeEndArray();
                }
                g.writeEndArray();
            }))));
        }
        return files;
    }

    private static long hash(int documents, List<String> shards) {
        return 31L * documents + shards.hashCode();
    }

    /** A supplier that computes its value once, on first use, even when asked from several threads. */
    private static <T> Supplier<T> once(Supplier<T> supplier) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        v = value;
                        if (v == null) {
                            v = supplier.get();
                            value = v;
                        }
                    }
                }
                return v;
            }
        };
    }

    /**
     * The term weights of each entry: those of documents seen before from the cache, the others counted in parallel
     * (in the pool of the calling thread: the bake's) and then added to the cache.
     */
    private List<Map<String, Integer>> weights(List<Entry> entries) {
        List<Map<String, Integer>> known = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            known.add(weights.get(entry.fingerprint()));
        }
        List<Map<String, Integer>> all = java.util.stream.IntStream.range(0, entries.size()).parallel()
                .mapToObj(i -> known.get(i) != null ? known.get(i) : count(entries.get(i), vocabulary)).toList();
        for (int i = 0; i < entries.size(); i++) {
            if (known.get(i) == null) {
                Map<String, Integer> counted = all.get(i);
                weights.computeIfAbsent(entries.get(i).fingerprint(), k -> counted);
            }
        }
        return all;
    }

    private static Map<String, Integer> count(Entry entry, Map<String, String> vocabulary) {
        Map<String, Integer> weights = new HashMap<>();
        for (String word : SearchFolding.words(entry.text())) {
            weights.merge(word, 1, (a, b) -> Math.min(MAX_BODY, a + b));
        }
        for (String word : SearchFolding.words(entry.summary())) {
            weights.merge(word, SUMMARY, Integer::sum);
        }
        for (String tag : entry.tags()) {
            for (String word : SearchFolding.words(tag)) {
                weights.merge(word, TAG, Integer::sum);
            }
        }
        for (String word : SearchFolding.words(entry.title())) {
            weights.merge(word, TITLE, Integer::sum);
        }
        Map<String, Integer> shared = new HashMap<>(weights.size() * 2);
        weights.forEach((term, weight) -> shared.put(vocabulary.computeIfAbsent(term, t -> t), weight));
        return Map.copyOf(shared);
    }

    private interface JsonWriter {
        void write(JsonGenerator generator) throws IOException;
    }

    private static String json(JsonWriter writer) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            writer.write(generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
