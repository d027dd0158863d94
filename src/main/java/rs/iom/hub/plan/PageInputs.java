package rs.iom.hub.plan;

import rs.iom.hub.content.Document;
import rs.iom.hub.plan.view.PageMeta;
import rs.iom.hub.site.EditionContext;
import rs.iom.hub.site.SiteContent;
import rs.iom.hub.site.Tag;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The input hashing of the preview: for each page, a hash of everything it shows, so that a re-bake renders only the
 * pages whose hash changed. What a page shows is its metadata (title, alternates, switcher), the menu, and the
 * documents it lists or shows — with, for a document, its neighbours and the pages its body links to.
 */
final class PageInputs {
    private final SiteContent content;
    private final ViewModels views;
    private final Pictures pictures;
    private final Downloads downloads;
    private final PlanMemory memory;
    private final Map<String, Long> menuSignatures = new ConcurrentHashMap<>();
    /** {@link #listed(InputHash, Document)}'s hash of each document, by source (one document per source a bake). */
    private final Map<String, Long> listedHashes = new ConcurrentHashMap<>();

    PageInputs(SiteContent content, ViewModels views, Pictures pictures, Downloads downloads, PlanMemory memory) {
        this.memory = memory;
        this.content = content;
        this.pictures = pictures;
        this.downloads = downloads;
        this.views = views;
    }

    /** What every page of {@code ctx} shows: its metadata and the menu. */
    InputHash of(EditionContext ctx, PageMeta meta) {
        return new InputHash().add(ctx.edition().id()).add(meta).add(menuSignature(ctx));
    }

    /**
     * A document's page: the document, its neighbours (their links) and the pages its body links to. Taken from
     * {@code page} when the previous bake computed it from the same menu, neighbours and published linked pages
     * (the rest it depends on is the page's own key): hashing the metadata of every document was most of hashing a
     * re-bake's inputs.
     */
    long document(EditionContext ctx, PlanMemory.DocumentPage page, Document doc) {
        long menu = menuSignature(ctx);
        Document older = content.older(doc).orElse(null);
        Document newer = content.newer(doc).orElse(null);
        List<String> linked = memory.derived("linked", doc, doc::linkedPages);
        boolean[] published = new boolean[linked.size()];
        for (int i = 0; i < published.length; i++) {
            published[i] = content.bySource(linked.get(i)).isPresent();
        }
        return page.inputs(menu, older, newer, published, () -> listed(listed(of(ctx, page.meta()).add(doc),
                older), newer).add(linkedDocuments(doc)).add(pictures.signature(doc)).value());
    }

    /** What a list shows of {@code docs}, in order (see {@link #listed(InputHash, Document)}). */
    InputHash listed(InputHash hash, Iterable<Document> docs) {
        int count = 0;
        for (Document doc : docs) {
            listed(hash, doc);
            count++;
        }
        return hash.add(count);
    }

    /**
     * What a news list, tag or year page, the feed or a neighbour's link shows of {@code doc} (null: none): its card
     * ({@link ViewModels#cards}), whose fields are all here — not its text, so that an edit of a news item's text
     * re-renders its own page, not every list it is on. Hashed once per document and bake.
     */
    InputHash listed(InputHash hash, Document doc) {
        return doc == null ? hash.add("\u0000none") : hash.add(listedHashes.computeIfAbsent(doc.source(),
                source -> memory.<Long>derived("card", doc, () -> {
                    InputHash card = new InputHash().add(doc.source()).add(doc.path()).add(doc.status().key())
                            .add(doc.title()).add(doc.summary()).add(doc.date().toEpochDay()).add(doc.tags().size());
                    doc.tags().forEach(card::add);
                    return card.value();
                })));
    }

    /** The list of tags: every tag's name, address and count. */
    long tagIndex(EditionContext ctx, PageMeta meta) {
        InputHash hash = of(ctx, meta);
        for (Tag tag : content.tags(ctx.edition().language())) {
            hash.add(tag.name()).add(tag.slug()).add(tag.documents().size());
        }
        return hash.value();
    }

    /** The archive: every year and its count. */
    long archive(EditionContext ctx, PageMeta meta) {
        InputHash hash = of(ctx, meta);
        content.years(ctx.edition().language()).forEach((year, docs) -> hash.add(year).add(docs.size()));
        return hash.value();
    }

    /** The hash of the menu of {@code ctx}'s edition, computed once per bake (every page of the edition shows it). */
    private long menuSignature(EditionContext ctx) {
        return menuSignatures.computeIfAbsent(ctx.edition().id(),
                id -> new InputHash().add(views.menu(ctx, "").toString()).value());
    }

    /**
     * Pages linked from the body (whether they are published decides where the link leads), and the pictures it shows
     * (their size and copies are on the page), and the sizes of the documents it links to (shown beside the links).
     */
    String linkedDocuments(Document doc) {
        StringBuilder sb = new StringBuilder(pictures.signature(doc)).append(downloads.signature(doc));
        for (String page : doc.linkedPages()) {
            sb.append(page).append(content.bySource(page).isPresent()).append(';');
        }
        return sb.toString();
    }
}
