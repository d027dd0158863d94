package rs.iom.hub.plan.view;

/** A tag in the tag index, with how many items carry it. */
public record TagSummary(String name, String url, int count) {
}
