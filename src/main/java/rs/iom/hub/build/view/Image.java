package rs.iom.hub.build.view;

/** An image with its alternative text. */
public record Image(String url, String alt) {
}
