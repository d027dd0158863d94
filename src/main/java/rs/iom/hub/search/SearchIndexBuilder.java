package rs.iom.hub.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

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

    /**
     * A document as the index shows it; {@code fingerprint} identifies its source (weights are computed once per
     * fingerprint), {@code text} is its plain text.
     */
    public record Entry(String url, String title, String dateIso, String dateText, String summary, String text,
                        List<String> tags, String fingerprint) {
    }

    /**
     * @param weights a cache of term weights by document fingerprint, kept as long as the caller likes (the preview
     *                server keeps it between re-bakes so that only changed documents are tokenized again)
     */
    public SearchIndexBuilder(Map<String, Map<String, Integer>> weights) {
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    /** The files of the index (name → JSON), for {@code entries} in display order (newest first). */
    public Map<String, String> build(List<Entry> entries) {
        Objects.requireNonNull(entries, "entries");
        Map<String, Map<Integer, Integer>> postings = new TreeMap<>();
        for (int id = 0; id < entries.size(); id++) {
            for (Map.Entry<String, Integer> term : weights(entries.get(id)).entrySet()) {
                postings.computeIfAbsent(term.getKey(), k -> new TreeMap<>()).put(id, term.getValue());
            }
        }
        Map<String, Map<String, Map<Integer, Integer>>> shards = new TreeMap<>();
        postings.forEach((term, docs) -> shards.computeIfAbsent(term.substring(0, 2), k -> new TreeMap<>())
                .put(term, docs));
        Map<String, String> files = new LinkedHashMap<>();
        files.put("meta.json", json(g -> {
            g.writeStartObject();
            g.writeNumberField("version", 1);
            g.writeNumberField("documents", entries.size());
            g.writeNumberField("documentsPerShard", DOCS_PER_SHARD);
            g.writeArrayFieldStart("termShards");
            for (String shard : shards.keySet()) {
                g.writeString(shard);
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
        shards.forEach((shard, terms) -> files.put("t-" + shard + ".json", json(g -> {
            g.writeStartObject();
            for (Map.Entry<String, Map<Integer, Integer>> term : terms.entrySet()) {
                g.writeArrayFieldStart(term.getKey());
                int previous = 0;
                for (Map.Entry<Integer, Integer> doc : term.getValue().entrySet()) {
                    g.writeNumber(doc.getKey() - previous); // ids as gaps: smaller files
                    g.writeNumber(doc.getValue());
                    previous = doc.getKey();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        })));
        for (int start = 0; start < entries.size(); start += DOCS_PER_SHARD) {
            List<Entry> slice = entries.subList(start, Math.min(entries.size(), start + DOCS_PER_SHARD));
            files.put("d-" + (start / DOCS_PER_SHARD) + ".json", json(g -> {
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
            }));
        }
        return files;
    }

    private Map<String, Integer> weights(Entry entry) {
        return weights.computeIfAbsent(entry.fingerprint(), k -> {
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
            return Map.copyOf(weights);
        });
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
