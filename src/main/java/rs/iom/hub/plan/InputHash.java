package rs.iom.hub.plan;

import rs.iom.hub.content.Document;

/**
 * A 64-bit FNV-1a hash built up from strings and documents, to notice cheaply whether what a page shows has changed
 * since the previous bake of the preview server. Strings are hashed a UTF-16 unit at a time (one multiplication per
 * character): the preview hashes every page's inputs after each save, a few megabytes of text at 2,000 documents.
 * The values are the same in every run (the build cache keeps them; it is only used by the hub build that wrote it).
 */
public final class InputHash {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;
    private long hash = OFFSET;

    public InputHash add(String text) {
        if (text == null) {
            return add("\u0000null");
        }
        long h = hash;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            h ^= text.charAt(i);
            h *= PRIME;
        }
        h ^= 0x1_0000L + n; // the end of a string, never a character: "ab" + "c" differs from "a" + "bc"
        hash = h * PRIME;
        return this;
    }

    public InputHash add(long value) {
        long h = hash;
        for (int i = 0; i < 4; i++) {
            h ^= (value >>> (i * 16)) & 0xffff;
            h *= PRIME;
        }
        hash = h;
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
