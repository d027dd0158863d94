package rs.iom.hub.i18n;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import rs.iom.hub.cli.Converters;
import rs.iom.hub.pipeline.TestSites;
import rs.iom.hub.site.EditionContext;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The site's own message files (data/i18n/): counts in the plural form each number needs, in every edition. */
class SiteMessagesTest {
    private static final Path PROJECT = TestSites.projectDir();
    private static final MessageFiles.Result FILES = MessageFiles.load(PROJECT, List.of("sr", "en"));

    private static EditionContext edition(Edition edition) {
        assertTrue(FILES.problems().isEmpty(), FILES.problems()::toString);
        EditionContext context = EditionContext.of(edition, FILES.messages().get(edition.language()),
                Converters.standard(PROJECT).forEdition(edition));
        Messages overlay = FILES.editionOverlays().get(edition.id());
        return overlay == null ? context : context.withOverlay(overlay);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "sr      | 1  | 1 vest       | 1 rezultat za „x“",
            "sr      | 2  | 2 vesti      | 2 rezultata za „x“",
            "sr      | 5  | 5 vesti      | 5 rezultata za „x“",
            "sr      | 21 | 21 vest      | 21 rezultat za „x“",
            "sr      | 22 | 22 vesti     | 22 rezultata za „x“",
            "sr-cyrl | 1  | 1 вест       | 1 резултат за „x“",
            "sr-cyrl | 2  | 2 вести      | 2 резултата за „x“",
            "sr-cyrl | 5  | 5 вести      | 5 резултата за „x“",
            "sr-cyrl | 21 | 21 вест      | 21 резултат за „x“",
            "sr-cyrl | 22 | 22 вести     | 22 резултата за „x“",
            "en      | 1  | 1 item       | 1 result for “x”",
            "en      | 2  | 2 items      | 2 results for “x”",
            "en      | 5  | 5 items      | 5 results for “x”",
            "en      | 21 | 21 items     | 21 results for “x”",
            "en      | 22 | 22 items     | 22 results for “x”"})
    void countsTakeThePluralFormTheirNumberNeeds(String id, int count, String items, String results) {
        EditionContext context = edition(Edition.byId(id).orElseThrow());

        assertEquals(items, context.count("tags.count", count));
        assertEquals(items, context.count("archive.count", count));
        assertEquals(results, new com.ibm.icu.text.MessageFormat(context.messages().text("search.count"),
                com.ibm.icu.util.ULocale.forLanguageTag(context.edition().hreflang()))
                .format(java.util.Map.of("count", count, "query", "x")));
    }
}
