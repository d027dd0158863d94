package rs.iom.hub.site;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Who funds and who implements the project, as one edition's footer shows them: donor-funded projects are expected
 * to show both. Read from {@code data/partners.yaml} ({@link SupportersFile}); staff keep it, not templates.
 *
 * @param support  the donor line in the edition's language ("Uz podršku Švajcarske"); empty: no donor line
 * @param donor    the donor (its name is the logo's text alternative), or null
 * @param partners the implementing partners, in the file's order
 */
public record Supporters(String support, Supporter donor, List<Supporter> partners) {
    /** No donor and no partners: a site without {@code data/partners.yaml}. */
    public static final Supporters NONE = new Supporters("", null, List.of());

    public Supporters {
        support = support == null ? "" : support;
        partners = List.copyOf(partners);
    }

    /**
     * One organisation.
     *
     * @param name its name in the edition's language and script
     * @param url  its web site (empty: none)
     * @param logo its logo, a path inside the published site ({@code img/partneri/iom.svg}), or empty: its name
     *             is shown instead
     */
    public record Supporter(String name, String url, String logo) {
        public Supporter {
            Objects.requireNonNull(name, "name");
            url = url == null ? "" : url;
            logo = logo == null ? "" : logo;
        }
    }

    /** True when there is nothing to show. */
    public boolean isEmpty() {
        return support.isEmpty() && donor == null && partners.isEmpty();
    }

    /** The same, with every text passed through {@code converter} (to the edition's script). */
    public Supporters converted(UnaryOperator<String> converter) {
        Objects.requireNonNull(converter, "converter");
        return new Supporters(converter.apply(support), donor == null ? null : convert(donor, converter),
                partners.stream().map(p -> convert(p, converter)).toList());
    }

    private static Supporter convert(Supporter supporter, UnaryOperator<String> converter) {
        return new Supporter(converter.apply(supporter.name()), supporter.url(), supporter.logo());
    }
}
