package rs.iom.hub.plan.view;

/** A titled link: {@code <a href="${url}">${title}</a>}. */
public record Link(String title, String url) {
}
