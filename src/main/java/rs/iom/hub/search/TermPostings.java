package rs.iom.hub.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The inverted index of one search index's entries: for every folded term, the ids of the entries holding it and
 * their weights, grouped in shards by the term's first two letters, with each shard's content hash. It is immutable;
 * {@link #after} makes the index of the same entries with a few of them edited by copying it and changing only the
 * terms of the edited entries. The preview keeps the last one per language: counting the postings of 1,000 news
 * items again for every saved file was most of a re-bake's plan stage.
 */
public final class TermPostings {
    /** Above this share of edited entries, counting everything again is simpler and no slower. */
    private static final int MOST_EDITED_PART = 8;

    private final List<String> fingerprints;
    private final List<Map<String, Integer>> weights;
    private final Map<String, Postings> postings;
    private final TreeMap<String, List<String>> shards;
    private final Map<String, Long> shardHashes;

    private TermPostings(List<String> fingerprints, List<Map<String, Integer>> weights, Map<String, Postings> postings,
                         TreeMap<String, List<String>> shards, Map<String, Long> shardHashes) {
        this.fingerprints = fingerprints;
        this.weights = weights;
        this.postings = postings;
        this.shards = shards;
        this.shardHashes = shardHashes;
    }

    /** Counts the postings of entries with {@code fingerprints} and term {@code weights} (one list item per entry). */
    static TermPostings count(List<String> fingerprints, List<Map<String, Integer>> weights) {
        check(fingerprints, weights);
        Map<String, Postings> postings = new HashMap<>();
        for (int id = 0; id < weights.size(); id++) {
            for (Map.Entry<String, Integer> term : weights.get(id).entrySet()) {
                postings.computeIfAbsent(term.getKey(), k -> new Postings()).add(id, term.getValue());
            }
        }
        List<String> terms = new ArrayList<>(postings.keySet());
        Collections.sort(terms);
        TreeMap<String, List<String>> shards = new TreeMap<>();
        for (String term : terms) {
            shards.computeIfAbsent(shardOf(term), k -> new ArrayList<>()).add(term);
        }
        Map<String, Long> hashes = new HashMap<>();
        shards.forEach((shard, shardTerms) -> hashes.put(shard, hash(shardTerms, postings)));
        return new TermPostings(List.copyOf(fingerprints), List.copyOf(weights), postings, shards, hashes);
    }

    /**
     * The postings of {@code fingerprints} and {@code weights}: when they are this index's entries in the same order
     * with a few of them edited, made from this one by changing only the edited entries' terms; otherwise counted
     * anew. Either way the result is the same as {@link #count}'s.
     */
    TermPostings after(List<String> fingerprints, List<Map<String, Integer>> weights) {
        check(fingerprints, weights);
        if (fingerprints.size() != this.fingerprints.size()) {
            return count(fingerprints, weights);
        }
        List<Integer> edited = new ArrayList<>();
        for (int id = 0; id < fingerprints.size(); id++) {
            if (!fingerprints.get(id).equals(this.fingerprints.get(id))) {
                edited.add(id);
                if (edited.size() * MOST_EDITED_PART > fingerprints.size()) {
                    return count(fingerprints, weights);
                }
            }
        }
        if (edited.isEmpty()) {
            return this;
        }
        Map<String, Postings> postings = new HashMap<>(this.postings);
        Set<String> touched = new HashSet<>();
        for (int id : edited) {
            Map<String, Integer> before = this.weights.get(id);
            Map<String, Integer> now = weights.get(id);
            for (String term : before.keySet()) {
                if (!now.containsKey(term)) {
                    Postings left = postings.get(term).without(id);
                    if (left.size == 0) {
                        postings.remove(term);
                    } else {
                        postings.put(term, left);
                    }
                    touched.add(term);
                }
            }
            for (Map.Entry<String, Integer> term : now.entrySet()) {
                Integer old = before.get(term.getKey());
                if (!term.getValue().equals(old)) {
                    Postings list = postings.get(term.getKey());
                    postings.put(term.getKey(), (list == null ? new Postings() : list).with(id, term.getValue()));
                    touched.add(term.getKey());
                }
            }
        }
        TreeMap<String, List<String>> shards = new TreeMap<>(this.shards);
        Map<String, Long> hashes = new HashMap<>(shardHashes);
        Set<String> touchedShards = new HashSet<>();
        touched.forEach(term -> touchedShards.add(shardOf(term)));
        for (String shard : touchedShards) {
            List<String> shardTerms = new ArrayList<>(shards.getOrDefault(shard, List.of()));
            for (String term : touched) {
                if (shardOf(term).equals(shard)) {
                    int at = Collections.binarySearch(shardTerms, term);
                    if (postings.containsKey(term) && at < 0) {
                        shardTerms.add(-at - 1, term);
                    } else if (!postings.containsKey(term) && at >= 0) {
                        shardTerms.remove(at);
                    }
                }
            }
            if (shardTerms.isEmpty()) {
                shards.remove(shard);
                hashes.remove(shard);
            } else {
                shards.put(shard, shardTerms);
                hashes.put(shard, hash(shardTerms, postings));
            }
        }
        return new TermPostings(List.copyOf(fingerprints), List.copyOf(weights), postings, shards, hashes);
    }

    private static void check(List<String> fingerprints, List<Map<String, Integer>> weights) {
        Objects.requireNonNull(fingerprints, "fingerprints");
        Objects.requireNonNull(weights, "weights");
        if (fingerprints.size() != weights.size()) {
            throw new IllegalArgumentException("fingerprints and weights must have one item per entry: "
                    + fingerprints.size() + " and " + weights.size());
        }
    }

    /** The shards' names (the first two letters of their terms), in order. */
    List<String> shardNames() {
        return List.copyOf(shards.keySet());
    }

    /** The content hash of {@code shard}. */
    long hash(String shard) {
        return shardHashes.get(shard);
    }

    /** The terms of {@code shard} in order, each with its postings. */
    void forEachTerm(String shard, TermConsumer consumer) throws java.io.IOException {
        for (String term : shards.get(shard)) {
            Postings list = postings.get(term);
            consumer.accept(term, list.ids, list.weights, list.size);
        }
    }

    /**
     * What {@link #forEachTerm} hands on: a term, its entries' ids (ascending) and their weights, in the first
     * {@code size} items of the two arrays (which must not be changed).
     */
    interface TermConsumer {
        void accept(String term, int[] ids, int[] weights, int size) throws java.io.IOException;
    }

    static String shardOf(String term) {
        return term.substring(0, 2);
    }

    private static long hash(List<String> terms, Map<String, Postings> postings) {
        long h = 1125899906842597L;
        for (String term : terms) {
            h = 31 * h + term.hashCode();
            Postings list = postings.get(term);
            for (int i = 0; i < list.size; i++) {
                h = 31 * (31 * h + list.ids[i]) + list.weights[i];
            }
        }
        return h;
    }

    /**
     * Entry ids (ascending) and weights of one term. Filled in order while counting; after that never changed:
     * {@link #with} and {@link #without} return changed copies, so that an earlier {@link TermPostings} stays as it was.
     */
    private static final class Postings {
        private int[] ids = new int[4];
        private int[] weights = new int[4];
        private int size;

        void add(int id, int weight) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
            }
            ids[size] = id;
            weights[size] = weight;
            size++;
        }

        /** A copy with {@code id} holding {@code weight} (added in its place, or its weight replaced). */
        Postings with(int id, int weight) {
            int at = Arrays.binarySearch(ids, 0, size, id);
            Postings copy = new Postings();
            if (at >= 0) {
                copy.ids = Arrays.copyOf(ids, size);
                copy.weights = Arrays.copyOf(weights, size);
                copy.weights[at] = weight;
                copy.size = size;
                return copy;
            }
            int insert = -at - 1;
            copy.ids = new int[size + 1];
            copy.weights = new int[size + 1];
            System.arraycopy(ids, 0, copy.ids, 0, insert);
            System.arraycopy(weights, 0, copy.weights, 0, insert);
            copy.ids[insert] = id;
            copy.weights[insert] = weight;
            System.arraycopy(ids, insert, copy.ids, insert + 1, size - insert);
            System.arraycopy(weights, insert, copy.weights, insert + 1, size - insert);
            copy.size = size + 1;
            return copy;
        }

        /** A copy without {@code id}. */
        Postings without(int id) {
            int at = Arrays.binarySearch(ids, 0, size, id);
            if (at < 0) {
                return this;
            }
            Postings copy = new Postings();
            copy.ids = new int[Math.max(1, size - 1)];
            copy.weights = new int[Math.max(1, size - 1)];
            System.arraycopy(ids, 0, copy.ids, 0, at);
            System.arraycopy(weights, 0, copy.weights, 0, at);
            System.arraycopy(ids, at + 1, copy.ids, at, size - at - 1);
            System.arraycopy(weights, at + 1, copy.weights, at, size - at - 1);
            copy.size = size - 1;
            return copy;
        }
    }
}
