package rs.iom.hub.plan.view;

/** One {@code <link rel="alternate" hreflang>}: the same page in another edition (or {@code x-default}). */
public record Alternate(String hreflang, String url) {
}
