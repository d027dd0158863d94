package rs.iom.hub.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
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
        Map<String, String> files = new LinkedHashMap<>(termFiles(entries));
        files.putAll(documentFiles(entries));
        return files;
    }

    /**
     * {@code meta.json} and the term shards. They depend only on the documents' sources and order, so the editions of
     * one language (Latin and Cyrillic) share them.
     */
    public Map<String, String> termFiles(List<Entry> entries) {
        Objects.requireNonNull(entries, "entries");
        Map<String, Postings> postings = new HashMap<>();
        for (int id = 0; id < entries.size(); id++) {
            for (Map.Entry<String, Integer> term : weights(entries.get(id)).entrySet()) {
                postings.computeIfAbsent(term.getKey(), k -> new Postings()).add(id, term.getValue());
            }
        }
        List<String> terms = new ArrayList<>(postings.keySet());
        Collections.sort(terms);
        Map<String, List<String>> shards = new TreeMap<>();
        for (String term : terms) {
            shards.computeIfAbsent(term.substring(0, 2), k -> new ArrayList<>()).add(term);
        }
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
        shards.forEach((shard, shardTerms) -> files.put("t-" + shard + ".json", json(g -> {
            g.writeStartObject();
            for (String term : shardTerms) {
                Postings list = postings.get(term);
                g.writeArrayFieldStart(term);
                int previous = 0;
                for (int i = 0; i < list.size; i++) {
                    g.writeNumber(list.ids[i] - previous); // ids as gaps: smaller files
                    g.writeNumber(list.weights[i]);
                    previous = list.ids[i];
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        })));
        return files;
    }

    /** The document shards: what the results list shows of each document, in the edition's script. */
    public Map<String, String> documentFiles(List<Entry> entries) {
        Map<String, String> files = new LinkedHashMap<>();
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

    /** Document ids (ascending, as added) and weights of one term. */
    private static final class Postings {
        int[] ids = new int[4];
        int[] weights = new int[4];
        int size;

        void add(int id, int weight) {
            if (size == ids.length) {
                ids = java.util.Arrays.copyOf(ids, size * 2);
                weights = java.util.Arrays.copyOf(weights, size * 2);
            }
            ids[size] = id;
            weights[size] = weight;
            size++;
        }
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
