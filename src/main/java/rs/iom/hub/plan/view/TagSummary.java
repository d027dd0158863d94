package rs.iom.hub.plan.view;

/** A tag in the tag index, with how many items carry it ({@code countText}: that number in words, in the plural form it needs: "3 vesti"). */
public record TagSummary(String name, String url, int count, String countText) {
}
