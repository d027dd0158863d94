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
        List<Alternate> alternates = new ArrayList<>();
        for (EditionContext e : editions.all()) {
            equivalent.apply(e.edition()).ifPresent(p ->
                    alternates.add(new Alternate(e.edition().hreflang(), config.absoluteUrl(p))));
        }
        if (alternates.size() < 2) {
            alternates.clear();
        } else if (kind == PageKind.HOME) {
            alternates.add(new Alternate("x-default", config.absoluteUrl("")));
        }
        String edit = source == null ? "" : config.editLink(source).orElse("");
        return new PageMeta(title, description, config.absoluteUrl(path), alternates,
                switcher(ctx, equivalent, listPage), edit, kind.id(), config.url(section), "", false, image, imageAlt,
                imageWidth, imageHeight, published);
    }

    /** A 404 page: not indexed, no canonical address; its switcher leads to the editions' home pages. */
    PageMeta notFound(EditionContext ctx, PageKind kind) {
        return new PageMeta(ctx.messages().text("notFound.title"), ctx.messages().text("notFound.description"),
                "", List.of(), switcher(ctx, e -> Optional.of(editions.of(e).paths().home()), true), "", kind.id(),
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
                switcher(ctx, e -> Optional.of(editions.of(e).paths().home()), true), "", PageKind.ROOT.id(), "",
                config.url(ctx.paths().home()), false, defaultImage(), ctx.messages().text("site.imageAlt"),
                ImageVariants.SHARE_WIDTH, ImageVariants.SHARE_HEIGHT, "");
    }

    /** The default sharing card, assets/images/share-card.png: 1200 × 630 like a news item's sharing copy. */
    private String defaultImage() {
        return config.absoluteUrl("images/share-card.png");
    }

    private List<SwitcherItem> switcher(EditionContext ctx, Function<Edition, Optional<String>> equivalent,
                                        boolean listPage) {
        List<SwitcherItem> items = new ArrayList<>();
        for (EditionContext e : editions.all()) {
            Optional<String> same = equivalent.apply(e.edition());
            boolean current = e == ctx;
            String label = e.messages().text("language.name");
            String name = ctx.messages().text("switcher.names." + e.edition().id());
            if (same.isPresent()) {
                items.add(new SwitcherItem(label, e.edition().hreflang(), config.url(same.get()), current, true, "",
                        name));
            } else {
                String note = ctx.messages().format(listPage ? "switcher.noEquivalent" : "switcher.untranslated",
                        e.messages().text("language.name"));
                items.add(new SwitcherItem(label, e.edition().hreflang(), config.url(e.paths().home()), current,
                        false, note, name));
            }
        }
        return items;
    }
}
