package rs.iom.hub.plan.view;

/**
 * A picture as a page shows it.
 *
 * @param url     the address of the copy browsers without {@code srcset} load
 * @param alt     its alternative text
 * @param width   its width in pixels (the proportions the page reserves before it loads); 0 when unknown
 * @param height  its height in pixels; 0 when unknown
 * @param srcset  the copies browsers choose from ({@code url 480w, …}); empty for a picture hub does not resize
 * @param sizes   how wide the page shows it, for the browser's choice; empty with {@code srcset}
 * @param caption what the picture shows, in words (shown under it); empty for none
 * @param credit  who took or owns it (shown under it); empty for none
 */
public record Image(String url, String alt, int width, int height, String srcset, String sizes, String caption,
                    String credit) {
    /** A picture shown as it is, without size or copies to choose from. */
    public Image(String url, String alt) {
        this(url, alt, 0, 0, "", "", "", "");
    }
}
