package rs.iom.hub.plan;

import rs.iom.hub.content.Document;

/**
 * A 64-bit FNV-1a hash built up from strings and documents, to notice cheaply whether what a page shows has changed
 * since the previous bake of the preview server.
 */
public final class InputHash {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;
    private long hash = OFFSET;

    public InputHash add(String text) {
        if (text == null) {
            return add("\u0000null");
        }
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            hash ^= c & 0xff;
            hash *= PRIME;
            hash ^= c >>> 8;
            hash *= PRIME;
        }
        hash ^= 0x1f;
        hash *= PRIME;
        return this;
    }

    public InputHash add(long value) {
        for (int i = 0; i < 8; i++) {
            hash ^= (value >>> (i * 8)) & 0xff;
            hash *= PRIME;
        }
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

    public InputHash addAll(Iterable<Document> docs) {
        for (Document doc : docs) {
            add(doc);
        }
        return this;
    }

    public long value() {
        return hash;
    }
}
