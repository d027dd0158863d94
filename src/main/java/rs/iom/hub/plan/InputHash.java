package rs.iom.hub.plan;

import rs.iom.hub.content.Document;

/**
 * A 64-bit hash built up from strings, numbers and documents, to notice cheaply whether what a page shows has changed
 * since the previous bake of the preview server. The preview hashes every page's inputs after each save (a few
 * megabytes of text at 2,000 documents), so strings go in four UTF-16 units at a time: each 64-bit word is mixed in
 * with one multiplication and one shift, both invertible, so that a change of one word always changes the value.
 * The values are the same in every run (the build cache keeps them; it is only used by the hub build that wrote it).
 */
public final class InputHash {
    private static final long OFFSET = 0xcbf29ce484222325L;
    /** An odd constant (2^64 divided by the golden ratio): multiplying by it is invertible and spreads the bits. */
    private static final long MULTIPLIER = 0x9e3779b97f4a7c15L;
    private long hash = OFFSET;

    /** Mixes {@code word} in: invertible for a given hash, so two different words never give the same hash. */
    private static long mix(long hash, long word) {
        long x = (hash ^ word) * MULTIPLIER;
        return x ^ (x >>> 32);
    }

    public InputHash add(String text) {
        if (text == null) {
            return add("\u0000null");
        }
        long h = hash;
        int n = text.length();
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            h = mix(h, text.charAt(i) | (long) text.charAt(i + 1) << 16 | (long) text.charAt(i + 2) << 32
                    | (long) text.charAt(i + 3) << 48);
        }
        if (i < n) {
            long tail = 0;
            for (int shift = 0; i < n; i++, shift += 16) {
                tail |= (long) text.charAt(i) << shift;
            }
            h = mix(h, tail);
        }
        // the end of a string, with its length: "ab" + "c" differs from "a" + "bc", "" from nothing
        hash = mix(h, 0x5bd1e995_00000000L + n);
        return this;
    }

    public InputHash add(long value) {
        hash = mix(hash, value);
        return this;
    }

    public InputHash add(Object value) {
        return add(value == null ? null : value.toString());
    }

    /** A page's metadata, field by field (cheaper than its {@code toString()}, which is long). */
    public InputHash add(rs.iom.hub.plan.view.PageMeta meta) {
        if (meta == null) {
            return add("\u0000none");
        }
        add(meta.title()).add(meta.description()).add(meta.canonicalUrl()).add(meta.editUrl()).add(meta.kind())
                .add(meta.section()).add(meta.refreshUrl()).add(meta.noindex() ? 1 : 0).add(meta.image())
                .add(meta.imageAlt()).add(meta.imageWidth()).add(meta.imageHeight()).add(meta.published());
        for (rs.iom.hub.plan.view.Alternate alternate : meta.alternates()) {
            add(alternate.hreflang()).add(alternate.url());
        }
        for (rs.iom.hub.plan.view.SwitcherItem item : meta.switcher()) {
            add(item.label()).add(item.hreflang()).add(item.url()).add(item.current() ? 1 : 0)
                    .add(item.translated() ? 1 : 0).add(item.note());
        }
        return this;
    }

    /** A document by its source path and the hash of its bytes (which covers its title, date, text, …). */
    public InputHash add(Document doc) {
        return doc == null ? add("\u0000none") : add(doc.source()).add(doc.fingerprint()).add(doc.status().key());
    }

    public long value() {
        return hash;
    }
}
