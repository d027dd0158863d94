package rs.iom.hub.plan.view;

import freemarker.core.TemplateHTMLOutputModel;

import java.util.List;

/**
 * A news item or project page being read.
 *
 * @param body  the rendered text, already safe HTML
 * @param image the lead image, or {@code null}
 * @param older the previous news item in the same language, or {@code null}
 * @param newer the next news item in the same language, or {@code null}
 * @param state "draft" or "scheduled" in the preview for an item readers cannot see yet (shown as a badge); ""
 *              otherwise, and always in a build
 */
public record DocumentView(String title, String dateIso, String dateText, String summary, TemplateHTMLOutputModel body,
                           List<Link> tags, Image image, Link older, Link newer, boolean news, String state) {
    public DocumentView {
        tags = List.copyOf(tags);
    }
}
