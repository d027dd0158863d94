package rs.iom.hub.plan.view;

/** A year in the archive, with how many news items were published in it. */
public record YearSummary(int year, String url, int count) {
}
