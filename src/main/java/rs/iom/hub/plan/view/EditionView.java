package rs.iom.hub.plan.view;

/**
 * The edition being rendered and its main addresses.
 *
 * @param id       {@code sr}, {@code sr-cyrl} or {@code en}
 * @param lang     the value of {@code <html lang>}: {@code sr-Latn}, {@code sr-Cyrl}, {@code en}
 * @param ogLocale {@code sr_RS}, {@code en_GB}
 */
public record EditionView(String id, String lang, String ogLocale, String homeUrl, String newsUrl, String tagsUrl,
                          String archiveUrl, String feedUrl, String searchUrl) {
}
