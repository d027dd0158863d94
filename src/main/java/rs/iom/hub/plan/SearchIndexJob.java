package rs.iom.hub.plan;

import rs.iom.hub.content.Document;
import rs.iom.hub.search.SearchIndexBuilder;
import rs.iom.hub.site.EditionContext;
import rs.iom.hub.site.SiteConfig;
import rs.iom.hub.site.SiteContent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of each edition's search index (news newest first, then the project pages), as page jobs without a
 * template. The term shards are shared by the editions of one language (Latin and Cyrillic search the same folded
 * terms), so they are computed once per language.
 */
final class SearchIndexJob {
    private final SiteConfig config;
    private final SiteContent content;
    private final SearchIndexBuilder search;
    private final PlanMemory memory;
    private final Map<String, List<SearchIndexBuilder.FileStamp>> memo;
    private final Map<String, List<SearchIndexBuilder.IndexFile>> termFiles = new java.util.concurrent.ConcurrentHashMap<>();
    /** The entries of each edition, by edition id: counting the terms and the edition's files both need them. */
    private final Map<String, List<SearchIndexBuilder.Entry>> entries = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param search the builder, with what it keeps between bakes
     * @param memo   names and hashes of term files already counted (kept by the preview and the build cache)
     * @param memory each document's entries made by the previous bake
     */
    SearchIndexJob(SiteConfig config, SiteContent content, SearchIndexBuilder search,
                   Map<String, List<SearchIndexBuilder.FileStamp>> memo, PlanMemory memory) {
        this.memory = memory;
        this.config = config;
        this.content = content;
        this.search = search;
        this.memo = memo;
    }

    /**
     * Counts the term files of every language at once, from its first edition in {@code editions} (as
     * {@link #jobs} would count them one after the other): each language's count is one thread's work.
     */
    void countTerms(List<EditionContext> editions) {
        Map<String, EditionContext> first = new java.util.LinkedHashMap<>();
        editions.forEach(ctx -> first.putIfAbsent(ctx.edition().language(), ctx));
        first.values().parallelStream().forEach(ctx -> termFiles.computeIfAbsent(ctx.edition().language(),
                language -> search.termFiles(language, entries(ctx), memo)));
    }

    List<PageJob> jobs(EditionContext ctx) {
        String language = ctx.edition().language();
        List<SearchIndexBuilder.Entry> entries = entries(ctx);
        List<SearchIndexBuilder.IndexFile> files = new ArrayList<>(termFiles.computeIfAbsent(language,
                l -> search.termFiles(l, entries, memo)));
        files.addAll(search.documentFiles(entries));
        List<PageJob> jobs = new ArrayList<>();
        for (SearchIndexBuilder.IndexFile file : files) {
            jobs.add(new PageJob(ctx.paths().searchIndex() + file.name(), PageKind.SEARCH_INDEX, null, null,
                    () -> new PageModels.Text(file.json().get()), file.hash()));
        }
        return jobs;
    }

    /** The index entries of {@code ctx}'s edition: its news, newest first, then its project pages. */
    private List<SearchIndexBuilder.Entry> entries(EditionContext ctx) {
        return entries.computeIfAbsent(ctx.edition().id(), id -> List.copyOf(entriesOf(ctx)));
    }

    private List<SearchIndexBuilder.Entry> entriesOf(EditionContext ctx) {
        String language = ctx.edition().language();
        List<SearchIndexBuilder.Entry> entries = new ArrayList<>();
        List<Document> docs = new ArrayList<>(content.news(language));
        docs.addAll(content.pages(language));
        for (Document doc : docs) {
            entries.add(memory.derived("search\u0000" + ctx.edition().id(), doc,
                    () -> new SearchIndexBuilder.Entry(config.url(ctx.paths().document(doc)),
                            ctx.converter().text(doc.title()), doc.isNews() ? doc.date().toString() : "",
                            doc.isNews() ? ctx.dates().format(doc.date()) : "", ctx.converter().text(doc.summary()),
                            doc.text(), doc.tags(), doc.fingerprint())));
        }
        return entries;
    }
}
