package rs.iom.hub.plan.view;

/** A year in the archive, with how many news items were published in it ({@code countText}: that number in words, in the plural form it needs: "3 vesti"). */
public record YearSummary(int year, String url, int count, String countText) {
}
