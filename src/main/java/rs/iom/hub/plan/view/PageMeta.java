package rs.iom.hub.plan.view;

import java.util.List;

/**
 * What the layout needs about the page being rendered.
 *
 * @param title        the page title (without the site name)
 * @param description  the meta description
 * @param canonicalUrl absolute URL of this page; empty for pages that must not be indexed (404)
 * @param alternates   the same page in other editions (reciprocal), possibly with {@code x-default}
 * @param switcher     the language switcher entries
 * @param editUrl      link to edit the source in the repository, or empty
 * @param kind         what sort of page: home, news, page, news-list, tags, tag, archive, year, not-found, root
 * @param section      the menu entry to mark as current: the page URL or a section URL
 * @param refreshUrl   for the root page only: where to send readers (empty otherwise)
 * @param noindex      true for pages search engines should not index (404)
 * @param image        absolute URL of the image shown when the page is shared (the page's image or the default card)
 * @param imageAlt     its alternative text
 * @param imageWidth   its width in pixels (og:image:width: lets a link preview lay the card out before the picture
 *                     arrives); 0 when not known (a picture of another site, an SVG)
 * @param imageHeight  its height in pixels; 0 when not known
 * @param published    publication date of news items ({@code 2022-03-04}), empty otherwise
 */
public record PageMeta(String title, String description, String canonicalUrl, List<Alternate> alternates,
                       List<SwitcherItem> switcher, String editUrl, String kind, String section, String refreshUrl,
                       boolean noindex, String image, String imageAlt, int imageWidth, int imageHeight,
                       String published) {
    public PageMeta {
        alternates = List.copyOf(alternates);
        switcher = List.copyOf(switcher);
    }

    /** Open Graph type: {@code article} for news items, {@code website} otherwise. */
    public String ogType() {
        return kind.equals("news") ? "article" : "website";
    }
}
