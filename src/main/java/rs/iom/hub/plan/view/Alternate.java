package rs.iom.hub.plan.view;

import rs.iom.hub.i18n.Edition;

/** One {@code <link rel="alternate" hreflang>}: the same page in another edition (or {@code x-default}). */
public record Alternate(String hreflang, String url) {

    /**
     * The Open Graph locale of the edition this link leads to ({@code sr_RS}, {@code en_GB}), as that
     * {@link Edition} states it, so that templates need no table of their own; empty for {@code x-default}.
     */
    public String ogLocale() {
        return Edition.KNOWN.stream().filter(e -> e.hreflang().equals(hreflang)).findFirst().map(Edition::ogLocale)
                .orElse("");
    }
}
