package rs.iom.hub.plan;

import rs.iom.hub.content.Document;
import rs.iom.hub.plan.view.PageMeta;
import rs.iom.hub.search.SearchIndexBuilder;
import rs.iom.hub.search.SearchMemory;
import rs.iom.hub.plan.view.TagSummary;
import rs.iom.hub.plan.view.YearSummary;
import rs.iom.hub.site.EditionContext;
import rs.iom.hub.site.EditionPaths;
import rs.iom.hub.site.RenderSwitches;
import rs.iom.hub.site.SiteConfig;
import rs.iom.hub.site.SiteContent;
import rs.iom.hub.site.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * The plan stage: the route plan of the site — which files it has, at which paths, rendered with which template —
 * for each edition its home page, news list pages, news items, project pages, tag pages, year archive, Atom feed,
 * search page and index, and 404 page; then the root page, the root 404 page, the sitemap and robots.txt. The
 * output is a {@link PagePlan}; each job's metadata comes from {@link PageMetaFactory}, its model from
 * {@link ViewModels} (built only when the page is rendered), its input hash from {@link PageInputs}.
 */
public final class PagePlanner {
    /** News items shown on an edition's home page. */
    static final int HOME_NEWS = 5;

    private final SiteConfig config;
    private final SiteContent content;
    private final Editions editions;
    private final PageMetaFactory metas;
    private final ViewModels views;
    private final PageInputs inputs;
    private final SearchIndexJob search;
    private final PlanMemory memory;
    /** The languages of the editions, each once, in edition order. */
    private final List<String> languages;

    public PagePlanner(SiteConfig config, SiteContent content, List<EditionContext> editions) {
        this(config, content, editions, SearchMemory.concurrent(), Map.of(), Map.of(), new PlanMemory());
    }

    /**
     * @param search        what counting the search index's terms remembers from one bake to the next (the preview
     *                      server keeps it)
     * @param images        the pictures hub resizes, by the path they are published at
     * @param downloads     the size in bytes of every document the site publishes, by the path it is published at
     * @param memory        the document pages planned by the previous bake (the preview server keeps it; see
     *                      {@link PlanMemory#useFor}, which the caller calls first)
     */
    public PagePlanner(SiteConfig config, SiteContent content, List<EditionContext> editions,
                       SearchMemory search, Map<String, rs.iom.hub.images.SourceImage> images, Map<String, Long> downloads,
                       PlanMemory memory) {
        this.config = Objects.requireNonNull(config, "config");
        this.content = Objects.requireNonNull(content, "content");
        this.editions = new Editions(Objects.requireNonNull(editions, "editions"), config);
        Pictures pictures = new Pictures(config, Objects.requireNonNull(images, "images"));
        this.metas = new PageMetaFactory(config, content, this.editions, pictures);
        Downloads files = new Downloads(Objects.requireNonNull(downloads, "downloads"));
        this.views = new ViewModels(config, content, this.editions, pictures, files);
        this.memory = Objects.requireNonNull(memory, "memory");
        this.inputs = new PageInputs(content, views, pictures, files, memory);
        this.languages = editions.stream().map(e -> e.edition().language()).distinct().toList();
        this.search = new SearchIndexJob(config, content, new SearchIndexBuilder(Objects.requireNonNull(search,
                "search").weights(), search.postings(), search.digests()), search.files(), this.memory);
    }

    /** Every file of the site, in a stable order (without the pages jbake.properties' render.* switch off). */
    public PagePlan plan() {
        RenderSwitches render = config.render();
        List<PageJob> jobs = new ArrayList<>();
        search.countTerms(editions.all());
        for (EditionContext ctx : editions.all()) {
            String language = ctx.edition().language();
            jobs.add(home(ctx));
            jobs.addAll(newsLists(ctx));
            content.news(language).forEach(doc -> jobs.add(document(ctx, doc)));
            content.pages(language).forEach(doc -> jobs.add(document(ctx, doc)));
            if (render.tagsIndex()) {
                jobs.add(tagIndex(ctx));
            }
            if (render.tags()) {
                content.tags(language).forEach(tag -> jobs.add(tag(ctx, tag)));
            }
            if (render.archive()) {
                jobs.add(archive(ctx));
                content.years(language).keySet().forEach(year -> jobs.add(year(ctx, year)));
            }
            if (render.feed()) {
                jobs.add(feed(ctx));
            }
            jobs.add(searchPage(ctx));
            jobs.addAll(search.jobs(ctx));
            if (render.error404()) {
                jobs.add(notFound(ctx, ctx.paths().notFound(), PageKind.NOT_FOUND));
            }
        }
        EditionContext first = editions.byDefault();
        jobs.add(root(first));
        if (render.error404()) {
            jobs.add(notFound(first, "404.html", PageKind.ROOT_NOT_FOUND));
        }
        if (render.sitemap()) {
            jobs.add(sitemap(jobs));
        }
        jobs.add(robots());
        return new PagePlan(jobs);
    }

    private PageJob home(EditionContext ctx) {
        String language = ctx.edition().language();
        Optional<Document> intro = content.home(language);
        String title = intro.map(d -> ctx.converter().text(d.title())).orElse(ctx.messages().text("site.name"));
        String description = intro.map(d -> ctx.converter().text(d.summary()))
                .filter(s -> !s.isBlank()).orElse(ctx.messages().text("site.description"));
        PageMeta meta = metas.page(ctx, ctx.paths().home(), title, description, PageKind.HOME, ctx.paths().home(),
                e -> Optional.of(editions.of(e).paths().home()), true, intro.map(Document::source).orElse(null));
        List<Document> news = content.news(language);
        List<Document> latest = news.subList(0, Math.min(HOME_NEWS, news.size()));
        return new PageJob(EditionPaths.file(ctx.paths().home()), PageKind.HOME, "home.ftl", meta,
                () -> views.page(ctx, meta, new PageModels.Home(intro.map(d -> views.document(ctx, d)).orElse(null),
                        views.cards(ctx, latest))),
                () -> inputs.listed(inputs.of(ctx, meta).add(intro.orElse(null))
                        .add(intro.map(inputs::linkedDocuments).orElse("")), latest).value(),
                intro.map(Document::source).orElse(null));
    }

    private List<PageJob> newsLists(EditionContext ctx) {
        List<Document> news = content.news(ctx.edition().language());
        int perPage = config.newsPerPage();
        int total = pageCount(news.size());
        List<PageJob> jobs = new ArrayList<>();
        for (int number = 1; number <= total; number++) {
            int n = number;
            String path = ctx.paths().newsList(n);
            String title = n == 1 ? ctx.messages().text("news.title")
                    : ctx.messages().format("news.titlePage", n, total);
            PageMeta meta = metas.page(ctx, path, title, ctx.messages().text("news.description"), PageKind.NEWS_LIST,
                    ctx.paths().newsList(1), e -> {
                        int otherTotal = pageCount(content.news(e.language()).size());
                        return n <= otherTotal ? Optional.of(editions.of(e).paths().newsList(n)) : Optional.empty();
                    }, true, null);
            List<Document> slice = news.subList(Math.min(news.size(), (n - 1) * perPage),
                    Math.min(news.size(), n * perPage));
            jobs.add(new PageJob(EditionPaths.file(path), PageKind.NEWS_LIST, "news-list.ftl", meta,
                    () -> views.page(ctx, meta, new PageModels.NewsList(views.cards(ctx, slice),
                            views.pagination(ctx, n, total))),
                    () -> inputs.listed(inputs.of(ctx, meta), slice).add(total).value()));
        }
        return jobs;
    }

    private int pageCount(int items) {
        return Math.max(1, (items + config.newsPerPage() - 1) / config.newsPerPage());
    }

    private PageJob document(EditionContext ctx, Document doc) {
        PageKind kind = doc.isNews() ? PageKind.NEWS : PageKind.PAGE;
        PlanMemory.DocumentPage page = memory.page(ctx.edition().id(), doc, versions(doc), () -> {
            String path = ctx.paths().document(doc);
            String section = doc.isNews() ? ctx.paths().newsList(1) : path;
            return new PlanMemory.Made(path, metas.page(ctx, path, ctx.converter().text(doc.title()),
                    ctx.converter().text(doc.summary()), kind, section, e -> content.translations()
                            .translation(doc, e.language()).map(t -> editions.of(e).paths().document(t)), false,
                    doc.source()));
        });
        PageMeta meta = page.meta();
        return new PageJob(EditionPaths.file(page.path()), kind, doc.isNews() ? "news.ftl" : "page.ftl", meta,
                () -> views.page(ctx, meta, new PageModels.Article(views.document(ctx, doc))),
                () -> inputs.document(ctx, page, doc), doc.source());
    }

    /** The version of {@code doc} in each language of the site (null where there is none): its page links them. */
    private List<Document> versions(Document doc) {
        Map<String, Document> byLanguage = content.translations().versions(doc.translationKey());
        List<Document> versions = new ArrayList<>(languages.size());
        for (String language : languages) {
            versions.add(byLanguage.get(language));
        }
        return versions;
    }

    private PageJob tagIndex(EditionContext ctx) {
        String path = ctx.paths().tagIndex();
        PageMeta meta = metas.page(ctx, path, ctx.messages().text("tags.title"),
                ctx.messages().text("tags.description"), PageKind.TAGS, path,
                e -> Optional.of(editions.of(e).paths().tagIndex()), true, null);
        return new PageJob(EditionPaths.file(path), PageKind.TAGS, "tags.ftl", meta, () -> {
            List<TagSummary> tags = new ArrayList<>();
            for (Tag tag : content.tags(ctx.edition().language())) {
                tags.add(new TagSummary(ctx.converter().text(tag.name()), config.url(ctx.paths().tag(tag)),
                        tag.documents().size(), ctx.count("tags.count", tag.documents().size())));
            }
            return views.page(ctx, meta, new PageModels.TagIndex(tags));
        }, () -> inputs.tagIndex(ctx, meta));
    }

    private PageJob tag(EditionContext ctx, Tag tag) {
        String path = ctx.paths().tag(tag);
        String name = ctx.converter().text(tag.name());
        PageMeta meta = metas.page(ctx, path, ctx.messages().format("tag.title", name),
                ctx.messages().format("tag.description", name), PageKind.TAG, ctx.paths().tagIndex(),
                e -> e.language().equals(ctx.edition().language())
                        ? Optional.of(editions.of(e).paths().tag(tag)) : Optional.empty(),
                true, null);
        return new PageJob(EditionPaths.file(path), PageKind.TAG, "tag.ftl", meta,
                () -> views.page(ctx, meta, new PageModels.TagNews(name, views.cards(ctx, tag.documents()))),
                () -> inputs.listed(inputs.of(ctx, meta), tag.documents()).value());
    }

    private PageJob archive(EditionContext ctx) {
        String path = ctx.paths().archive();
        PageMeta meta = metas.page(ctx, path, ctx.messages().text("archive.title"),
                ctx.messages().text("archive.description"), PageKind.ARCHIVE, path,
                e -> Optional.of(editions.of(e).paths().archive()), true, null);
        return new PageJob(EditionPaths.file(path), PageKind.ARCHIVE, "archive.ftl", meta, () -> {
            List<YearSummary> years = new ArrayList<>();
            content.years(ctx.edition().language()).forEach((year, docs) ->
                    years.add(new YearSummary(year, config.url(ctx.paths().year(year)), docs.size(),
                            ctx.count("archive.count", docs.size()))));
            return views.page(ctx, meta, new PageModels.Archive(years));
        }, () -> inputs.archive(ctx, meta));
    }

    private PageJob year(EditionContext ctx, int year) {
        String path = ctx.paths().year(year);
        PageMeta meta = metas.page(ctx, path, ctx.messages().format("year.title", year),
                ctx.messages().format("year.description", year), PageKind.YEAR, ctx.paths().archive(),
                e -> content.years(e.language()).containsKey(year)
                        ? Optional.of(editions.of(e).paths().year(year)) : Optional.empty(),
                true, null);
        List<Document> docs = content.years(ctx.edition().language()).get(year);
        return new PageJob(EditionPaths.file(path), PageKind.YEAR, "year.ftl", meta,
                () -> views.page(ctx, meta, new PageModels.YearNews(year, views.cards(ctx, docs))),
                () -> inputs.listed(inputs.of(ctx, meta), docs).value());
    }

    private PageJob notFound(EditionContext ctx, String file, PageKind kind) {
        PageMeta meta = metas.notFound(ctx, kind);
        return new PageJob(file, kind, "not-found.ftl", meta, () -> {
            List<PageModels.NotFoundText> others = new ArrayList<>();
            if (kind == PageKind.ROOT_NOT_FOUND) {
                for (EditionContext other : editions.all()) {
                    others.add(new PageModels.NotFoundText(other.edition().hreflang(),
                            other.messages().text("notFound.title"), other.messages().text("notFound.text"),
                            other.messages().text("notFound.home"), config.url(other.paths().home())));
                }
            }
            return views.page(ctx, meta, new PageModels.NotFound(others));
        }, () -> inputs.of(ctx, meta).add(file).value());
    }

    private PageJob root(EditionContext ctx) {
        PageMeta meta = metas.root(ctx);
        return new PageJob("index.html", PageKind.ROOT, "root.ftl", meta, () -> {
            List<PageModels.EditionChoice> choices = new ArrayList<>();
            for (EditionContext e : editions.all()) {
                choices.add(new PageModels.EditionChoice(e.edition().hreflang(), e.messages().text("language.name"),
                        e.messages().text("site.name"), config.url(e.paths().home())));
            }
            return views.page(ctx, meta, new PageModels.Root(choices));
        }, () -> inputs.of(ctx, meta).value());
    }

    private PageJob searchPage(EditionContext ctx) {
        String path = ctx.paths().search();
        PageMeta meta = metas.page(ctx, path, ctx.messages().text("search.title"),
                ctx.messages().text("search.description"), PageKind.SEARCH, path,
                e -> Optional.of(editions.of(e).paths().search()), true, null);
        return new PageJob(EditionPaths.file(path), PageKind.SEARCH, "search.ftl", meta,
                () -> views.page(ctx, meta, new PageModels.Search(config.url(ctx.paths().searchIndex()),
                        config.url("js/search.js"), searchCounts(ctx))),
                () -> inputs.of(ctx, meta).value());
    }

    /**
     * The forms of {@code search.count} the search script picks from with the browser's plural rules, by category
     * ({@code one}, {@code few}, {@code other}; a form the language lacks is its {@code other}), with the number as
     * {@code {0}} and the query as {@code {1}}.
     */
    private static Map<String, String> searchCounts(EditionContext ctx) {
        Map<String, String> forms = ctx.messages().pluralForms("search.count");
        Map<String, String> counts = new LinkedHashMap<>();
        for (String category : List.of("one", "few", "other")) {
            counts.put(category, forms.getOrDefault(category, forms.getOrDefault("other", ""))
                    .replace("#", "{0}").replace("{query}", "{1}"));
        }
        return counts;
    }

    private PageJob feed(EditionContext ctx) {
        List<Document> news = content.news(ctx.edition().language());
        List<Document> entries = news.subList(0, Math.min(config.feedSize(), news.size()));
        return new PageJob(ctx.paths().feed(), PageKind.FEED, "feed.ftl", null, () -> {
            List<PageModels.FeedEntry> items = new ArrayList<>();
            for (Document doc : entries) {
                items.add(new PageModels.FeedEntry(ctx.converter().text(doc.title()),
                        config.absoluteUrl(ctx.paths().document(doc)), doc.date() + "T00:00:00Z",
                        ctx.converter().text(doc.summary()), doc.tags().stream().map(ctx.converter()::text).toList()));
            }
            return new PageModels.Feed(ctx.messages().tree(), ctx.edition().hreflang(),
                    config.absoluteUrl(ctx.paths().feed()), config.absoluteUrl(ctx.paths().home()),
                    entries.isEmpty() ? "2022-01-01T00:00:00Z" : entries.get(0).date() + "T00:00:00Z", items);
        }, () -> inputs.listed(inputs.of(ctx, null), entries).value());
    }

    private PageJob sitemap(List<PageJob> pages) {
        List<PageModels.SitemapUrl> urls = new ArrayList<>();
        for (PageJob job : pages) {
            PageMeta meta = job.meta();
            if (meta == null || meta.noindex() || job.kind() == PageKind.ROOT) {
                continue;
            }
            urls.add(new PageModels.SitemapUrl(meta.canonicalUrl(), meta.alternates()));
        }
        return new PageJob("sitemap.xml", PageKind.SITEMAP, "sitemap.ftl", null, () -> new PageModels.Sitemap(urls),
                () -> {
                    InputHash hash = new InputHash();
                    for (PageModels.SitemapUrl url : urls) {
                        hash.add(url.loc()).add(url.alternates().size());
                        url.alternates().forEach(alternate -> hash.add(alternate.hreflang()).add(alternate.url()));
                    }
                    return hash.value();
                });
    }

    private PageJob robots() {
        return new PageJob("robots.txt", PageKind.ROBOTS, "robots.ftl", null,
                () -> new PageModels.Robots(config.render().sitemap() ? config.absoluteUrl("sitemap.xml") : ""),
                () -> new InputHash().add(config.baseUrl()).value());
    }
}
