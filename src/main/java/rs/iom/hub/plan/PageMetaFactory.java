package rs.iom.hub.plan;

import rs.iom.hub.content.Document;
import rs.iom.hub.i18n.Edition;
import rs.iom.hub.images.ImageVariants;
import rs.iom.hub.markdown.LinkTargets;
import rs.iom.hub.plan.view.Alternate;
import rs.iom.hub.plan.view.PageMeta;
import rs.iom.hub.plan.view.SwitcherItem;
import rs.iom.hub.site.EditionContext;
import rs.iom.hub.site.SiteConfig;
import rs.iom.hub.site.SiteContent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Makes the {@link PageMeta} of every page: title, description, canonical address, the same page in the other
 * editions (hreflang alternates and the language switcher, with a note where there is none), the menu section, the
 * sharing image and the "Edit this page" link.
 */
final class PageMetaFactory {
    private final SiteConfig config;
    private final SiteContent content;
    private final Editions editions;
    private final Pictures pictures;
    private final java.util.Map<String, SwitcherItem> noEquivalent = new java.util.concurrent.ConcurrentHashMap<>();

    PageMetaFactory(SiteConfig config, SiteContent content, Editions editions, Pictures pictures) {
        this.config = config;
        this.pictures = pictures;
        this.content = content;
        this.editions = editions;
    }

    /**
     * A page with equivalents in other editions.
     *
     * @param path       the page's path in its edition
     * @param section    the path of the menu entry to mark as current
     * @param equivalent for each edition, the path of the same page there, if it exists
     * @param listPage   true for lists (their equivalents exist in every edition: no "not translated" note)
     * @param source     the content file the page shows, or null
     */
    PageMeta page(EditionContext ctx, String path, String title, String description, PageKind kind, String section,
                  Function<Edition, Optional<String>> equivalent, boolean listPage, String source) {
        Document doc = source == null ? null : content.bySource(source).orElse(null);
        String image = defaultImage();
        String imageAlt = ctx.messages().text("site.imageAlt");
        int imageWidth = ImageVariants.SHARE_WIDTH;
        int imageHeight = ImageVariants.SHARE_HEIGHT;
        if (doc != null && doc.imageLink().isPresent()) {
            LinkTargets.Target target = doc.imageLink().get().target();
            if (target.kind() == LinkTargets.Kind.FILE) {
                // a news item's lead picture is shared cut to 1200 × 630 (its sharing copy); a page's as it is (the
                // copy at its own address); a file that is no picture the site reads (an SVG) has no known size
                Optional<ImageVariants.Variant> shared = pictures.at(target.sitePath()).map(p -> doc.isNews()
                        ? ImageVariants.share(p) : ImageVariants.of(p).get(ImageVariants.of(p).size() - 1));
                image = config.absoluteUrl(shared.map(ImageVariants.Variant::sitePath).orElse(target.sitePath()));
                imageWidth = shared.map(ImageVariants.Variant::width).orElse(0);
                imageHeight = shared.map(ImageVariants.Variant::height).orElse(0);
                imageAlt = ctx.converter().text(doc.imageAlt());
            }
        }
        String published = doc != null && doc.isNews() ? doc.date().toString() : "";
        List<Optional<String>> same = equivalents(equivalent);
        List<Alternate> alternates = new ArrayList<>();
        for (int i = 0; i < same.size(); i++) {
            String hreflang = editions.all().get(i).edition().hreflang();
            same.get(i).ifPresent(p -> alternates.add(new Alternate(hreflang, config.absoluteUrl(p))));
        }
        if (alternates.size() < 2) {
            alternates.clear();
        } else if (kind == PageKind.HOME) {
            alternates.add(new Alternate("x-default", config.absoluteUrl("")));
        }
        String edit = source == null ? "" : config.editLink(source).orElse("");
        return new PageMeta(title, description, config.absoluteUrl(path), alternates,
                switcher(ctx, same, listPage), edit, kind.id(), config.url(section), "", false, image, imageAlt,
                imageWidth, imageHeight, published);
    }

    /** A 404 page: not indexed, no canonical address; its switcher leads to the editions' home pages. */
    PageMeta notFound(EditionContext ctx, PageKind kind) {
        return new PageMeta(ctx.messages().text("notFound.title"), ctx.messages().text("notFound.description"),
                "", List.of(), switcher(ctx, homes(), true), "", kind.id(),
                "", "", true, defaultImage(), ctx.messages().text("site.imageAlt"),
                ImageVariants.SHARE_WIDTH, ImageVariants.SHARE_HEIGHT, "");
    }

    /** The root page, which leads to the default edition and names every edition as an alternate. */
    PageMeta root(EditionContext ctx) {
        List<Alternate> alternates = new ArrayList<>();
        for (EditionContext e : editions.all()) {
            alternates.add(new Alternate(e.edition().hreflang(), config.absoluteUrl(e.paths().home())));
        }
        alternates.add(new Alternate("x-default", config.absoluteUrl("")));
        return new PageMeta(ctx.messages().text("site.name"), ctx.messages().text("site.description"),
                config.absoluteUrl(""), alternates,
                switcher(ctx, homes(), true), "", PageKind.ROOT.id(), "",
                config.url(ctx.paths().home()), false, defaultImage(), ctx.messages().text("site.imageAlt"),
                ImageVariants.SHARE_WIDTH, ImageVariants.SHARE_HEIGHT, "");
    }

    /** The default sharing card, assets/images/share-card.png: 1200 × 630 like a news item's sharing copy. */
    private String defaultImage() {
        return config.absoluteUrl("images/share-card.png");
    }

    /** Each edition's home page, in the order of {@link Editions#all()}. */
    private List<Optional<String>> homes() {
        return equivalents(e -> Optional.of(editions.of(e).paths().home()));
    }

    /** The path of the same page in each edition, in the order of {@link Editions#all()}. */
    private List<Optional<String>> equivalents(Function<Edition, Optional<String>> equivalent) {
        List<Optional<String>> paths = new ArrayList<>(editions.all().size());
        for (EditionContext e : editions.all()) {
            paths.add(equivalent.apply(e.edition()));
        }
        return paths;
    }

    /** @param equivalents the path of the same page in each edition, in the order of {@link Editions#all()} */
    private List<SwitcherItem> switcher(EditionContext ctx, List<Optional<String>> equivalents, boolean listPage) {
        List<SwitcherItem> items = new ArrayList<>();
        for (int i = 0; i < equivalents.size(); i++) {
            EditionContext e = editions.all().get(i);
            Optional<String> same = equivalents.get(i);
            if (same.isPresent()) {
                items.add(new SwitcherItem(e.messages().text("language.name"), e.edition().hreflang(),
                        config.url(same.get()), e == ctx, true, "",
                        ctx.messages().text("switcher.names." + e.edition().id())));
            } else {
                items.add(noEquivalent(ctx, e, listPage));
            }
        }
        return items;
    }

    /**
     * The switcher's item for edition {@code e} on a page of {@code ctx} that has no equivalent there: it leads to
     * that edition's home page, with a note. The same for every such page, so made once per bake (formatting the
     * note was a fifth of making the metadata of 2,000 documents).
     */
    private SwitcherItem noEquivalent(EditionContext ctx, EditionContext e, boolean listPage) {
        String key = ctx.edition().id() + '\u0000' + e.edition().id() + '\u0000' + listPage;
        return noEquivalent.computeIfAbsent(key, k -> new SwitcherItem(e.messages().text("language.name"),
                e.edition().hreflang(), config.url(e.paths().home()), e == ctx, false,
                ctx.messages().format(listPage ? "switcher.noEquivalent" : "switcher.untranslated",
                        e.messages().text("language.name")),
                ctx.messages().text("switcher.names." + e.edition().id())));
    }
}
