package rs.iom.hub.plan;

import rs.iom.hub.i18n.Edition;
import rs.iom.hub.site.EditionContext;
import rs.iom.hub.site.SiteConfig;

import java.util.List;

/** The editions of a site, found by edition or by language. */
record Editions(List<EditionContext> all, SiteConfig config) {
    Editions {
        all = List.copyOf(all);
    }

    /** The context of {@code edition} (a loop, not a stream: the plan asks for it several times per page). */
    EditionContext of(Edition edition) {
        for (EditionContext context : all) {
            if (context.edition() == edition || context.edition().equals(edition)) {
                return context;
            }
        }
        throw new java.util.NoSuchElementException("no edition " + edition);
    }

    /** Where the root page leads (the default edition). */
    EditionContext byDefault() {
        return all.stream().filter(c -> c.edition().equals(config.defaultEdition())).findFirst().orElse(all.get(0));
    }

    /** The edition in which links from {@code from} to a document of {@code language} are followed. */
    EditionContext forLinks(EditionContext from, String language) {
        if (from.edition().language().equals(language)) {
            return from;
        }
        return all.stream().filter(c -> c.edition().language().equals(language)).findFirst().orElse(from);
    }
}
