package rs.iom.hub.plan.view;

/** An entry of the main navigation; {@code current} marks the page (or section) being read. */
public record MenuItem(String title, String url, boolean current) {
}
