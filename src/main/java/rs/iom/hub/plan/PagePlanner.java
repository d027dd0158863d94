package rs.iom.hub.plan;

import rs.iom.hub.site.EditionContext;
import rs.iom.hub.render.SiteRenderer;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
import rs.iom.hub.plan.view.Alternate;
import rs.iom.hub.plan.view.DocumentView;
import rs.iom.hub.plan.view.EditionView;
import rs.iom.hub.plan.view.Image;
import rs.iom.hub.plan.view.Link;
import rs.iom.hub.plan.view.MenuItem;
import rs.iom.hub.plan.view.NewsCard;
import rs.iom.hub.plan.view.PageMeta;
import rs.iom.hub.plan.view.Pagination;
import rs.iom.hub.plan.view.SiteView;
import rs.iom.hub.plan.view.SwitcherItem;
import rs.iom.hub.plan.view.TagSummary;
import rs.iom.hub.plan.view.YearSummary;
import rs.iom.hub.content.Document;
import rs.iom.hub.markdown.LinkTokens;
import rs.iom.hub.content.Slugs;
import rs.iom.hub.i18n.Edition;
import rs.iom.hub.markdown.LinkTargets;
import rs.iom.hub.markdown.UrlSchemes;
import rs.iom.hub.search.SearchIndexBuilder;
import rs.iom.hub.site.EditionPaths;
import rs.iom.hub.site.SiteConfig;
import rs.iom.hub.site.SiteContent;
import rs.iom.hub.site.Tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Plans every file of the baked site: for each edition its home page, news list pages, news items, project pages, tag
 * pages, year archive, Atom feed and 404 page; then the root page, the root 404 page, the sitemap and robots.txt.
 * Each planned file knows its template, metadata and model; {@link SiteRenderer} renders them.
 */
public final class PagePlanner {
    /** News items shown on an edition's home page. */
    static final int HOME_NEWS = 5;

    private final SiteConfig config;
    private final SiteContent content;
    private final List<EditionContext> editions;
    private final SiteView site;
    private final SearchIndexBuilder search;

    public PagePlanner(SiteConfig config, SiteContent content, List<EditionContext> editions) {
        this(config, content, editions, new java.util.concurrent.ConcurrentHashMap<>());
    }

    /**
     * @param searchWeights cache of search term weights by document fingerprint (kept by the preview server)
     */
    public PagePlanner(SiteConfig config, SiteContent content, List<EditionContext> editions,
                     Map<String, Map<String, Integer>> searchWeights) {
        this.config = Objects.requireNonNull(config, "config");
        this.content = Objects.requireNonNull(content, "content");
        this.editions = List.copyOf(Objects.requireNonNull(editions, "editions"));
        this.search = new SearchIndexBuilder(searchWeights);
        this.site = new SiteView(config.baseUrl(), config.basePath(), config.url("css/site.css"),
                config.url("css/print.css"), config.url("favicon.svg"));
    }

    /** Every file of the site, in a stable order. */
    public PagePlan plan() {
        List<PageJob> jobs = new ArrayList<>();
        for (EditionContext ctx : editions) {
            jobs.add(home(ctx));
            jobs.addAll(newsLists(ctx));
            for (Document doc : content.news(ctx.edition().language())) {
                jobs.add(document(ctx, doc));
            }
            for (Document doc : content.pages(ctx.edition().language())) {
                jobs.add(document(ctx, doc));
            }
            jobs.add(tagIndex(ctx));
            for (Tag tag : content.tags(ctx.edition().language())) {
                jobs.add(tag(ctx, tag));
            }
            jobs.add(archive(ctx));
            for (int year : content.years(ctx.edition().language()).keySet()) {
                jobs.add(year(ctx, year));
            }
            jobs.add(feed(ctx));
            jobs.add(searchPage(ctx));
            jobs.addAll(searchIndex(ctx));
            jobs.add(notFound(ctx, ctx.paths().notFound()));
        }
        EditionContext first = defaultContext();
        jobs.add(root(first));
        jobs.add(notFound(first, "404.html"));
        jobs.add(sitemap(jobs));
        jobs.add(robots());
        return new PagePlan(jobs);
    }

    private EditionContext defaultContext() {
        return editions.stream().filter(c -> c.edition().equals(config.defaultEdition())).findFirst()
                .orElse(editions.get(0));
    }

    private EditionContext contextFor(Edition edition) {
        return editions.stream().filter(c -> c.edition().equals(edition)).findFirst().orElseThrow();
    }

    /** The edition in which links from {@code from} to a document of {@code language} are followed. */
    private EditionContext linkContext(EditionContext from, String language) {
        if (from.edition().language().equals(language)) {
            return from;
        }
        return editions.stream().filter(c -> c.edition().language().equals(language)).findFirst().orElse(from);
    }

    // ---------------------------------------------------------------- pages

    private PageJob home(EditionContext ctx) {
        String language = ctx.edition().language();
        Optional<Document> intro = content.home(language);
        String title = intro.map(d -> ctx.converter().text(d.title())).orElse(ctx.messages().text("site.name"));
        String description = intro.map(d -> ctx.converter().text(d.summary()))
                .filter(s -> !s.isBlank()).orElse(ctx.messages().text("site.description"));
        PageMeta meta = meta(ctx, ctx.paths().home(), title, description, "home", ctx.paths().home(),
                e -> Optional.of(contextFor(e).paths().home()), true, intro.map(Document::source).orElse(null));
        List<Document> news = content.news(language);
        List<Document> latest = news.subList(0, Math.min(HOME_NEWS, news.size()));
        return new PageJob(EditionPaths.file(ctx.paths().home()), "home.ftl", meta, () -> {
            Map<String, Object> model = base(ctx, meta);
            model.put("doc", intro.map(d -> documentView(ctx, d)).orElse(null));
            model.put("news", cards(ctx, latest));
            return model;
        }, () -> inputs(ctx, meta).add(intro.orElse(null)).add(intro.map(this::linkedDocuments).orElse(""))
                .addAll(latest).value(), intro.map(Document::source).orElse(null));
    }

    private List<PageJob> newsLists(EditionContext ctx) {
        List<Document> news = content.news(ctx.edition().language());
        int perPage = config.newsPerPage();
        int total = Math.max(1, (news.size() + perPage - 1) / perPage);
        List<PageJob> jobs = new ArrayList<>();
        for (int number = 1; number <= total; number++) {
            int n = number;
            String path = ctx.paths().newsList(n);
            String title = n == 1 ? ctx.messages().text("news.title")
                    : ctx.messages().format("news.titlePage", n, total);
            PageMeta meta = meta(ctx, path, title, ctx.messages().text("news.description"), "news-list",
                    ctx.paths().newsList(1), e -> {
                        int otherTotal = pageCount(content.news(e.language()).size());
                        return n <= otherTotal ? Optional.of(contextFor(e).paths().newsList(n)) : Optional.empty();
                    }, true, null);
            List<Document> slice = news.subList(Math.min(news.size(), (n - 1) * perPage),
                    Math.min(news.size(), n * perPage));
            jobs.add(new PageJob(EditionPaths.file(path), "news-list.ftl", meta, () -> {
                Map<String, Object> model = base(ctx, meta);
                model.put("news", cards(ctx, slice));
                model.put("pagination", pagination(ctx, n, total));
                return model;
            }, () -> inputs(ctx, meta).addAll(slice).add(total).value()));
        }
        return jobs;
    }

    private int pageCount(int items) {
        return Math.max(1, (items + config.newsPerPage() - 1) / config.newsPerPage());
    }

    private Pagination pagination(EditionContext ctx, int current, int total) {
        // Not every page number: with thousands of news items that would make every list page long (and the whole
        // site grow with the square of the news count). The first, the last and two on either side of the current.
        List<Pagination.PageNumber> pages = new ArrayList<>();
        int previousShown = 0;
        for (int i = 1; i <= total; i++) {
            if (i == 1 || i == total || Math.abs(i - current) <= 2) {
                if (i - previousShown > 1) {
                    pages.add(new Pagination.PageNumber(0, null, false, true));
                }
                pages.add(new Pagination.PageNumber(i, config.url(ctx.paths().newsList(i)), i == current, false));
                previousShown = i;
            }
        }
        String previous = current > 1 ? config.url(ctx.paths().newsList(current - 1)) : null;
        String next = current < total ? config.url(ctx.paths().newsList(current + 1)) : null;
        return new Pagination(current, total, previous, next, pages);
    }

    private PageJob document(EditionContext ctx, Document doc) {
        String path = ctx.paths().document(doc);
        String section = doc.isNews() ? ctx.paths().newsList(1) : path;
        PageMeta meta = meta(ctx, path, ctx.converter().text(doc.title()), ctx.converter().text(doc.summary()),
                doc.isNews() ? "news" : "page", section,
                e -> content.translations().translation(doc, e.language())
                        .map(t -> contextFor(e).paths().document(t)),
                false, doc.source());
        return new PageJob(EditionPaths.file(path), doc.isNews() ? "news.ftl" : "page.ftl", meta, () -> {
            Map<String, Object> model = base(ctx, meta);
            model.put("doc", documentView(ctx, doc));
            return model;
        }, () -> inputs(ctx, meta).add(doc).add(content.older(doc).orElse(null)).add(content.newer(doc).orElse(null))
                .add(linkedDocuments(doc)).value(), doc.source());
    }

    private PageJob tagIndex(EditionContext ctx) {
        String path = ctx.paths().tagIndex();
        PageMeta meta = meta(ctx, path, ctx.messages().text("tags.title"), ctx.messages().text("tags.description"),
                "tags", path, e -> Optional.of(contextFor(e).paths().tagIndex()), true, null);
        return new PageJob(EditionPaths.file(path), "tags.ftl", meta, () -> {
            Map<String, Object> model = base(ctx, meta);
            List<TagSummary> tags = new ArrayList<>();
            for (Tag tag : content.tags(ctx.edition().language())) {
                tags.add(new TagSummary(ctx.converter().text(tag.name()), config.url(ctx.paths().tag(tag)),
                        tag.documents().size()));
            }
            model.put("tags", tags);
            return model;
        }, () -> tagIndexInputs(ctx, meta));
    }

    private PageJob tag(EditionContext ctx, Tag tag) {
        String path = ctx.paths().tag(tag);
        String name = ctx.converter().text(tag.name());
        PageMeta meta = meta(ctx, path, ctx.messages().format("tag.title", name),
                ctx.messages().format("tag.description", name), "tag", ctx.paths().tagIndex(),
                e -> e.language().equals(ctx.edition().language())
                        ? Optional.of(contextFor(e).paths().tag(tag)) : Optional.empty(),
                true, null);
        return new PageJob(EditionPaths.file(path), "tag.ftl", meta, () -> {
            Map<String, Object> model = base(ctx, meta);
            model.put("tag", name);
            model.put("news", cards(ctx, tag.documents()));
            return model;
        }, () -> inputs(ctx, meta).addAll(tag.documents()).value());
    }

    private PageJob archive(EditionContext ctx) {
        String path = ctx.paths().archive();
        PageMeta meta = meta(ctx, path, ctx.messages().text("archive.title"),
                ctx.messages().text("archive.description"), "archive", path,
                e -> Optional.of(contextFor(e).paths().archive()), true, null);
        return new PageJob(EditionPaths.file(path), "archive.ftl", meta, () -> {
            Map<String, Object> model = base(ctx, meta);
            List<YearSummary> years = new ArrayList<>();
            content.years(ctx.edition().language()).forEach((year, docs) ->
                    years.add(new YearSummary(year, config.url(ctx.paths().year(year)), docs.size())));
            model.put("years", years);
            return model;
        }, () -> archiveInputs(ctx, meta));
    }

    private PageJob year(EditionContext ctx, int year) {
        String path = ctx.paths().year(year);
        PageMeta meta = meta(ctx, path, ctx.messages().format("year.title", year),
                ctx.messages().format("year.description", year), "year", ctx.paths().archive(),
                e -> content.years(e.language()).containsKey(year)
                        ? Optional.of(contextFor(e).paths().year(year)) : Optional.empty(),
                true, null);
        List<Document> docs = content.years(ctx.edition().language()).get(year);
        return new PageJob(EditionPaths.file(path), "year.ftl", meta, () -> {
            Map<String, Object> model = base(ctx, meta);
            model.put("year", year);
            model.put("news", cards(ctx, docs));
            return model;
        }, () -> inputs(ctx, meta).addAll(docs).value());
    }

    private PageJob notFound(EditionContext ctx, String file) {
        PageMeta meta = new PageMeta(ctx.messages().text("notFound.title"), ctx.messages().text("notFound.description"),
                "", List.of(), switcher(ctx, e -> Optional.of(contextFor(e).paths().home()), true), "",
                file.equals("404.html") ? "root-not-found" : "not-found", "", "", true, defaultImage(),
                ctx.messages().text("site.imageAlt"), "");
        return new PageJob(file, "not-found.ftl", meta, () -> {
            Map<String, Object> model = base(ctx, meta);
            List<Map<String, Object>> others = new ArrayList<>();
            if (file.equals("404.html")) {
                for (EditionContext other : editions) {
                    others.add(Map.of("lang", other.edition().hreflang(),
                            "title", other.messages().text("notFound.title"),
                            "text", other.messages().text("notFound.text"),
                            "homeLabel", other.messages().text("notFound.home"),
                            "homeUrl", config.url(other.paths().home())));
                }
            }
            model.put("editions", others);
            return model;
        }, () -> inputs(ctx, meta).add(file).value());
    }

    private PageJob root(EditionContext ctx) {
        List<Alternate> alternates = new ArrayList<>();
        for (EditionContext e : editions) {
            alternates.add(new Alternate(e.edition().hreflang(), config.absoluteUrl(e.paths().home())));
        }
        alternates.add(new Alternate("x-default", config.absoluteUrl("")));
        PageMeta meta = new PageMeta(ctx.messages().text("site.name"), ctx.messages().text("site.description"),
                config.absoluteUrl(""), alternates,
                switcher(ctx, e -> Optional.of(contextFor(e).paths().home()), true), "", "root", "",
                config.url(ctx.paths().home()), false, defaultImage(), ctx.messages().text("site.imageAlt"), "");
        return new PageJob("index.html", "root.ftl", meta, () -> {
            Map<String, Object> model = base(ctx, meta);
            List<Map<String, Object>> choices = new ArrayList<>();
            for (EditionContext e : editions) {
                choices.add(Map.of("lang", e.edition().hreflang(), "label", e.messages().text("language.name"),
                        "title", e.messages().text("site.name"), "url", config.url(e.paths().home())));
            }
            model.put("choices", choices);
            return model;
        }, () -> inputs(ctx, meta).value());
    }

    private PageJob searchPage(EditionContext ctx) {
        String path = ctx.paths().search();
        PageMeta meta = meta(ctx, path, ctx.messages().text("search.title"), ctx.messages().text("search.description"),
                "search", path, e -> Optional.of(contextFor(e).paths().search()), true, null);
        return new PageJob(EditionPaths.file(path), "search.ftl", meta, () -> {
            Map<String, Object> model = base(ctx, meta);
            model.put("indexUrl", config.url(ctx.paths().searchIndex()));
            model.put("scriptUrl", config.url("js/search.js"));
            return model;
        }, () -> inputs(ctx, meta).value());
    }

    /** The edition's search index: news newest first, then the project pages. */
    private List<PageJob> searchIndex(EditionContext ctx) {
        String language = ctx.edition().language();
        List<SearchIndexBuilder.Entry> entries = new ArrayList<>();
        List<Document> docs = new ArrayList<>(content.news(language));
        docs.addAll(content.pages(language));
        for (Document doc : docs) {
            entries.add(new SearchIndexBuilder.Entry(config.url(ctx.paths().document(doc)),
                    ctx.converter().text(doc.title()), doc.isNews() ? doc.date().toString() : "",
                    doc.isNews() ? ctx.dates().format(doc.date()) : "", ctx.converter().text(doc.summary()),
                    doc.text(), doc.tags(), doc.fingerprint()));
        }
        List<PageJob> jobs = new ArrayList<>();
        List<SearchIndexBuilder.IndexFile> files = new ArrayList<>(termFiles.computeIfAbsent(language,
                l -> search.termFiles(entries)));
        files.addAll(search.documentFiles(entries));
        for (SearchIndexBuilder.IndexFile file : files) {
            jobs.add(new PageJob(ctx.paths().searchIndex() + file.name(), null, null,
                    () -> Map.of("text", file.json().get()), file.hash()));
        }
        return jobs;
    }

    private PageJob feed(EditionContext ctx) {
        List<Document> news = content.news(ctx.edition().language());
        List<Document> entries = news.subList(0, Math.min(config.feedSize(), news.size()));
        return new PageJob(ctx.paths().feed(), "feed.ftl", null, () -> {
            Map<String, Object> model = new HashMap<>();
            model.put("t", ctx.messages().tree());
            model.put("lang", ctx.edition().hreflang());
            model.put("feedUrl", config.absoluteUrl(ctx.paths().feed()));
            model.put("homeUrl", config.absoluteUrl(ctx.paths().home()));
            model.put("updated", entries.isEmpty() ? "2022-01-01T00:00:00Z" : entries.get(0).date() + "T00:00:00Z");
            List<Map<String, Object>> items = new ArrayList<>();
            for (Document doc : entries) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("title", ctx.converter().text(doc.title()));
                item.put("url", config.absoluteUrl(ctx.paths().document(doc)));
                item.put("updated", doc.date() + "T00:00:00Z");
                item.put("summary", ctx.converter().text(doc.summary()));
                item.put("tags", doc.tags().stream().map(ctx.converter()::text).toList());
                items.add(item);
            }
            model.put("entries", items);
            return model;
        }, () -> inputs(ctx, null).addAll(entries).value());
    }

    private PageJob sitemap(List<PageJob> pages) {
        List<Map<String, Object>> urls = new ArrayList<>();
        for (PageJob job : pages) {
            PageMeta meta = job.meta();
            if (meta == null || meta.noindex() || meta.kind().equals("root")) {
                continue;
            }
            urls.add(Map.of("loc", meta.canonicalUrl(), "alternates", meta.alternates()));
        }
        return new PageJob("sitemap.xml", "sitemap.ftl", null, () -> {
            Map<String, Object> model = new HashMap<>();
            model.put("urls", urls);
            return model;
        }, () -> {
            InputHash hash = new InputHash();
            urls.forEach(url -> hash.add(url.get("loc")).add(url.get("alternates")));
            return hash.value();
        });
    }

    private PageJob robots() {
        return new PageJob("robots.txt", "robots.ftl", null, () -> {
            Map<String, Object> model = new HashMap<>();
            model.put("sitemapUrl", config.absoluteUrl("sitemap.xml"));
            return model;
        }, () -> new InputHash().add(config.baseUrl()).value());
    }

    // ---------------------------------------------------------------- inputs (what a page shows)

    /** The parts every page of {@code ctx} shows: its metadata (title, alternates, switcher) and the menu. */
    private InputHash inputs(EditionContext ctx, PageMeta meta) {
        return new InputHash().add(ctx.edition().id()).add(meta).add(menuSignature(ctx));
    }

    private final Map<String, String> menuSignatures = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> slugs = new java.util.concurrent.ConcurrentHashMap<>();
    /** Search term shards by language: the Latin and Cyrillic editions share them. */
    private final Map<String, List<SearchIndexBuilder.IndexFile>> termFiles = new HashMap<>();

    private String menuSignature(EditionContext ctx) {
        return menuSignatures.computeIfAbsent(ctx.edition().id(), id -> menu(ctx, "").toString());
    }

    /** Pages linked from the body: their URLs appear in it. */
    private String linkedDocuments(Document doc) {
        StringBuilder sb = new StringBuilder();
        for (String page : LinkTokens.pages(doc.body())) {
            sb.append(page).append(content.bySource(page).isPresent()).append(';');
        }
        return sb.toString();
    }

    private long tagIndexInputs(EditionContext ctx, PageMeta meta) {
        InputHash hash = inputs(ctx, meta);
        for (Tag tag : content.tags(ctx.edition().language())) {
            hash.add(tag.name()).add(tag.slug()).add(tag.documents().size());
        }
        return hash.value();
    }

    private long archiveInputs(EditionContext ctx, PageMeta meta) {
        InputHash hash = inputs(ctx, meta);
        content.years(ctx.edition().language()).forEach((year, docs) -> hash.add(year).add(docs.size()));
        return hash.value();
    }

    // ---------------------------------------------------------------- shared parts

    /**
     * Metadata of a page with equivalents in other editions.
     *
     * @param equivalent for each edition, the path of the same page there, if it exists
     * @param listPage   true for lists (their equivalents exist in every edition: no "not translated" note)
     */
    private PageMeta meta(EditionContext ctx, String path, String title, String description, String kind,
                          String section, Function<Edition, Optional<String>> equivalent, boolean listPage,
                          String source) {
        Document doc = source == null ? null : content.bySource(source).orElse(null);
        String image = defaultImage();
        String imageAlt = ctx.messages().text("site.imageAlt");
        if (doc != null && doc.imageTarget().isPresent()) {
            LinkTargets.Target target = LinkTargets.resolve(doc.source(), doc.imageTarget().get());
            if (target.kind() == LinkTargets.Kind.FILE) {
                image = config.absoluteUrl(target.sitePath());
                imageAlt = ctx.converter().text(doc.imageAlt());
            }
        }
        String published = doc != null && doc.isNews() ? doc.date().toString() : "";
        List<Alternate> alternates = new ArrayList<>();
        for (EditionContext e : editions) {
            equivalent.apply(e.edition()).ifPresent(p ->
                    alternates.add(new Alternate(e.edition().hreflang(), config.absoluteUrl(p))));
        }
        if (alternates.size() < 2) {
            alternates.clear();
        } else if (kind.equals("home")) {
            alternates.add(new Alternate("x-default", config.absoluteUrl("")));
        }
        String edit = source == null ? "" : config.editLink(source).orElse("");
        return new PageMeta(title, description, config.absoluteUrl(path), alternates,
                switcher(ctx, equivalent, listPage), edit, kind, config.url(section), "", false, image, imageAlt,
                published);
    }

    private String defaultImage() {
        return config.absoluteUrl("images/share-card.png");
    }

    private List<SwitcherItem> switcher(EditionContext ctx, Function<Edition, Optional<String>> equivalent,
                                        boolean listPage) {
        List<SwitcherItem> items = new ArrayList<>();
        for (EditionContext e : editions) {
            Optional<String> same = equivalent.apply(e.edition());
            boolean current = e == ctx;
            String label = e.messages().text("language.name");
            if (same.isPresent()) {
                items.add(new SwitcherItem(label, e.edition().hreflang(), config.url(same.get()), current, true, ""));
            } else {
                String note = ctx.messages().format(listPage ? "switcher.noEquivalent" : "switcher.untranslated",
                        e.messages().text("language.name"));
                items.add(new SwitcherItem(label, e.edition().hreflang(), config.url(e.paths().home()), current,
                        false, note));
            }
        }
        return items;
    }

    private Map<String, Object> base(EditionContext ctx, PageMeta meta) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", site);
        model.put("t", ctx.messages().tree());
        model.put("meta", meta);
        model.put("edition", new EditionView(ctx.edition().id(), ctx.edition().hreflang(), ctx.edition().ogLocale(),
                config.url(ctx.paths().home()), config.url(ctx.paths().newsList(1)),
                config.url(ctx.paths().tagIndex()), config.url(ctx.paths().archive()),
                config.url(ctx.paths().feed()), config.url(ctx.paths().search())));
        model.put("menu", menu(ctx, meta.section()));
        String structuredData = StructuredData.of(meta, ctx.edition().hreflang(), ctx.messages());
        try {
            model.put("jsonLd", structuredData == null ? null
                    : HTMLOutputFormat.INSTANCE.fromMarkup(structuredData));
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
        return model;
    }

    private List<MenuItem> menu(EditionContext ctx, String section) {
        List<MenuItem> items = new ArrayList<>();
        String home = config.url(ctx.paths().home());
        items.add(new MenuItem(ctx.messages().text("nav.home"), home, home.equals(section)));
        String news = config.url(ctx.paths().newsList(1));
        items.add(new MenuItem(ctx.messages().text("nav.news"), news, news.equals(section)));
        for (Document page : content.menu(ctx.edition().language())) {
            String url = config.url(ctx.paths().document(page));
            items.add(new MenuItem(ctx.converter().text(page.title()), url, url.equals(section)));
        }
        return items;
    }

    private List<NewsCard> cards(EditionContext ctx, List<Document> docs) {
        List<NewsCard> cards = new ArrayList<>(docs.size());
        for (Document doc : docs) {
            cards.add(new NewsCard(ctx.converter().text(doc.title()), config.url(ctx.paths().document(doc)),
                    doc.date().toString(), ctx.dates().format(doc.date()), ctx.converter().text(doc.summary()),
                    tagLinks(ctx, doc)));
        }
        return cards;
    }

    private List<Link> tagLinks(EditionContext ctx, Document doc) {
        List<Link> links = new ArrayList<>();
        for (String tag : doc.tags()) {
            String slug = slugs.computeIfAbsent(tag, Slugs::slugify);
            links.add(new Link(ctx.converter().text(tag),
                    config.url(ctx.paths().tag(new Tag(tag, slug, List.of())))));
        }
        return links;
    }

    private DocumentView documentView(EditionContext ctx, Document doc) {
        String body = LinkTokens.resolve(doc.body(), source -> content.bySource(source)
                        .map(target -> config.url(linkContext(ctx, target.language()).paths().document(target)))
                        .orElse(null),
                config::url);
        body = ctx.converter().html(body);
        Image image = doc.imageTarget().map(target -> {
            LinkTargets.Target resolved = LinkTargets.resolve(doc.source(), target);
            if (resolved.kind() != LinkTargets.Kind.FILE && !UrlSchemes.isAllowed(target)) {
                return null; // reported by the check; never on a page
            }
            String url = resolved.kind() == LinkTargets.Kind.FILE ? config.url(resolved.sitePath()) : target;
            return new Image(url, ctx.converter().text(doc.imageAlt()));
        }).orElse(null);
        Link older = content.older(doc).map(d -> link(ctx, d)).orElse(null);
        Link newer = content.newer(doc).map(d -> link(ctx, d)).orElse(null);
        try {
            return new DocumentView(ctx.converter().text(doc.title()), doc.date().toString(),
                    ctx.dates().format(doc.date()), ctx.converter().text(doc.summary()),
                    HTMLOutputFormat.INSTANCE.fromMarkup(body), tagLinks(ctx, doc), image, older, newer,
                    doc.isNews());
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    private Link link(EditionContext ctx, Document doc) {
        return new Link(ctx.converter().text(doc.title()), config.url(ctx.paths().document(doc)));
    }
}
