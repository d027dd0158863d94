package rs.iom.hub.plan;

import rs.iom.hub.site.Supporters;
import java.util.function.UnaryOperator;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
import rs.iom.hub.content.Document;
import rs.iom.hub.content.Slugs;
import rs.iom.hub.markdown.LinkTargets;
import rs.iom.hub.markdown.LinkTokens;
import rs.iom.hub.markdown.UrlSchemes;
import rs.iom.hub.plan.view.DocumentView;
import rs.iom.hub.plan.view.EditionView;
import rs.iom.hub.plan.view.Image;
import rs.iom.hub.plan.view.Link;
import rs.iom.hub.plan.view.MenuItem;
import rs.iom.hub.plan.view.NewsCard;
import rs.iom.hub.plan.view.PageMeta;
import rs.iom.hub.plan.view.Pagination;
import rs.iom.hub.plan.view.SiteView;
import rs.iom.hub.site.EditionContext;
import rs.iom.hub.site.SiteConfig;
import rs.iom.hub.site.SiteContent;
import rs.iom.hub.site.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the view models templates show — a document with its body's links resolved for the edition and its text in
 * the edition's script, news cards, the menu, pagination — and what every page has ({@link PageModels.Common}).
 * Everything a template shows is computed here; templates only lay it out.
 */
final class ViewModels {
    private final SiteConfig config;
    private final SiteContent content;
    private final Editions editions;
    private final SiteView site;
    private final Pictures pictures;
    private final Downloads downloads;
    private final Map<String, String> slugs = new ConcurrentHashMap<>();

    ViewModels(SiteConfig config, SiteContent content, Editions editions, Pictures pictures, Downloads downloads) {
        this.config = config;
        this.pictures = pictures;
        this.downloads = downloads;
        this.content = content;
        this.editions = editions;
        this.site = new SiteView(config.baseUrl(), config.basePath(), config.url("css/site.css"),
                config.url("css/print.css"), config.url("favicon.svg"));
    }

    /** The model of an HTML page of {@code ctx}: what every page has, and its own part. */
    PageModels.Page page(EditionContext ctx, PageMeta meta, Record own) {
        // the pages jbake.properties' render.* switch off have no address (templates leave their links out)
        EditionView edition = new EditionView(ctx.edition().id(), ctx.edition().hreflang(), ctx.edition().ogLocale(),
                config.url(ctx.paths().home()), config.url(ctx.paths().newsList(1)),
                config.render().tagsIndex() ? config.url(ctx.paths().tagIndex()) : null,
                config.render().archive() ? config.url(ctx.paths().archive()) : null,
                config.render().feed() ? config.url(ctx.paths().feed()) : null, config.url(ctx.paths().search()));
        String structuredData = StructuredData.of(meta, ctx.edition().hreflang(), ctx.messages());
        return new PageModels.Page(new PageModels.Common(site, ctx.messages().tree(), meta, edition,
                menu(ctx, meta.section()), structuredData == null ? null : markup(structuredData),
                supporters(ctx.supporters())), own);
    }

    /** The supporters with their logos as addresses in the site (the files are published from assets/). */
    private Supporters supporters(Supporters supporters) {
        UnaryOperator<Supporters.Supporter> withUrl = s -> s.logo().isEmpty() ? s
                : new Supporters.Supporter(s.name(), s.url(), config.url(s.logo()));
        return new Supporters(supporters.support(), supporters.donor() == null ? null
                : withUrl.apply(supporters.donor()), supporters.partners().stream().map(withUrl).toList());
    }

    /** The main menu: home, news, then the project pages that ask for a place in it. */
    List<MenuItem> menu(EditionContext ctx, String section) {
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

    List<NewsCard> cards(EditionContext ctx, List<Document> docs) {
        List<NewsCard> cards = new ArrayList<>(docs.size());
        for (Document doc : docs) {
            cards.add(new NewsCard(ctx.converter().text(doc.title()), config.url(ctx.paths().document(doc)),
                    doc.date().toString(), ctx.dates().format(doc.date()), ctx.converter().text(doc.summary()),
                    tagLinks(ctx, doc)));
        }
        return cards;
    }

    /**
     * The page numbers of the news list around {@code current}. Not every number: with thousands of news items that
     * would make every list page long (and the whole site grow with the square of the news count). The first, the
     * last and two on either side of the current.
     */
    Pagination pagination(EditionContext ctx, int current, int total) {
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

    /**
     * A document as its page shows it in {@code ctx}: links to pages lead to their version in the edition that shows
     * the target's language, text converted to the edition's script, previous and next news item.
     */
    DocumentView document(EditionContext ctx, Document doc) {
        // converted before the type and size of documents are added (they stay as the message files write them:
        // "PDF" in Latin letters in the Cyrillic edition), and before the tokens are resolved (which that needs)
        String body = downloads.body(ctx, ctx.converter().html(pictures.body(doc.body())));
        body = LinkTokens.resolve(body, source -> content.bySource(source)
                        .map(target -> config.url(editions.forLinks(ctx, target.language()).paths().document(target)))
                        .orElse(null),
                config::url);
        Image image = doc.imageLink().map(link -> {
            LinkTargets.Target resolved = link.target();
            if (resolved.kind() != LinkTargets.Kind.FILE && !UrlSchemes.isAllowed(link.destination())) {
                return null; // reported by the check; never on a page
            }
            String url = resolved.kind() == LinkTargets.Kind.FILE ? config.url(resolved.sitePath())
                    : link.destination();
            return pictures.lead(url, resolved.kind() == LinkTargets.Kind.FILE ? resolved.sitePath() : null,
                    ctx.converter().text(doc.imageAlt()), ctx.converter().text(doc.imageCaption()),
                    ctx.converter().text(doc.imageCredit()));
        }).orElse(null);
        Link older = content.older(doc).map(d -> link(ctx, d)).orElse(null);
        Link newer = content.newer(doc).map(d -> link(ctx, d)).orElse(null);
        return new DocumentView(ctx.converter().text(doc.title()), doc.date().toString(),
                ctx.dates().format(doc.date()), ctx.converter().text(doc.summary()), markup(body),
                tagLinks(ctx, doc), image, older, newer, doc.isNews(), previewState(doc));
    }

    /**
     * "draft" or "scheduled" for an item readers cannot see yet, in the preview only (the page shows a badge); ""
     * otherwise, and always in a build.
     */
    private String previewState(Document doc) {
        if (!config.preview()) {
            return "";
        }
        if (doc.status() == rs.iom.hub.content.DocumentStatus.DRAFT) {
            return "draft";
        }
        return doc.date().isAfter(config.today()) ? "scheduled" : "";
    }

    /** Links to the tag pages of a document's tags (none when jbake.properties switches tag pages off). */
    private List<Link> tagLinks(EditionContext ctx, Document doc) {
        List<Link> links = new ArrayList<>();
        if (!config.render().tags()) {
            return links;
        }
        for (String tag : doc.tags()) {
            String slug = slugs.computeIfAbsent(tag, Slugs::slugify);
            links.add(new Link(ctx.converter().text(tag),
                    config.url(ctx.paths().tag(new Tag(tag, slug, List.of())))));
        }
        return links;
    }

    private Link link(EditionContext ctx, Document doc) {
        return new Link(ctx.converter().text(doc.title()), config.url(ctx.paths().document(doc)));
    }

    /** HTML the tool made (a rendered body, JSON-LD): output as it is, not escaped again. */
    private static freemarker.core.TemplateHTMLOutputModel markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }
}
