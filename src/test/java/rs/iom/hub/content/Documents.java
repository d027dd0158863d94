package rs.iom.hub.content;

import java.time.LocalDate;
import java.util.List;

/** Documents for unit tests, built directly (no file reading). */
public final class Documents {
    private Documents() {
    }

    /** A published news item dated {@code date} at {@code source} (content/&lt;lang&gt;/…md). */
    public static Document news(String source, String date, String translationKey, String... tags) {
        return document(source, DocumentType.NEWS, DocumentStatus.PUBLISHED, date, translationKey, 3, tags);
    }

    /** A published project page. */
    public static Document page(String source, String translationKey, int keyLine) {
        return document(source, DocumentType.PAGE, DocumentStatus.PUBLISHED, "2022-03-04", translationKey, keyLine);
    }

    public static Document document(String source, DocumentType type, DocumentStatus status, String date,
                                    String translationKey, int keyLine, String... tags) {
        String language = source.split("/")[1];
        return new Document(source, language, ContentLayout.editionPath(rs.iom.hub.layout.SiteLayout.DEFAULT, source), type, status,
                "Title of " + source, LocalDate.parse(date), translationKey, keyLine, "Summary.", List.of(tags),
                null, null, null, "<p>Text.</p>\n", "Text.", "");
    }
}
