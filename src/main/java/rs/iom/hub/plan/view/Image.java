package rs.iom.hub.plan.view;

/** An image with its alternative text. */
public record Image(String url, String alt) {
}
