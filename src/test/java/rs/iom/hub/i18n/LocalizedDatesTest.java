package rs.iom.hub.i18n;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import rs.iom.hub.pipeline.TestSites;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dates as the site's message files write them (data/i18n/*.yaml of the real project). */
class LocalizedDatesTest {
    private static final LocalDate SEED_REPORT = LocalDate.of(2022, 3, 4);
    private static Map<String, Messages> messages;
    private Locale saved;

    @BeforeAll
    static void readTheRealMessageFiles() {
        MessageFiles.Result result = MessageFiles.load(TestSites.projectDir(), List.of("sr", "en"));
        assertTrue(result.problems().isEmpty(), () -> result.problems().toString());
        messages = result.messages();
    }

    @BeforeEach
    void rememberTheDefaultLocale() {
        saved = Locale.getDefault();
    }

    @AfterEach
    void restoreTheDefaultLocale() {
        Locale.setDefault(saved);
    }

    private static String format(String language, LocalDate date) {
        return new LocalizedDates(messages.get(language)).format(date);
    }

    @Test
    void serbianWritesTheDayWithAPeriodAndTheMonthInLowerCase() {
        assertEquals("4. mart 2022.", format("sr", SEED_REPORT));
        assertEquals("31. decembar 2021.", format("sr", LocalDate.of(2021, 12, 31)));
        assertEquals("1. januar 2023.", format("sr", LocalDate.of(2023, 1, 1)));
    }

    @Test
    void englishWritesTheDayBeforeTheMonth() {
        assertEquals("4 March 2022", format("en", SEED_REPORT));
        assertEquals("31 December 2021", format("en", LocalDate.of(2021, 12, 31)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sr-Cyrl-RS", "ar-EG", "th-TH-u-nu-thai", "hi-IN-u-nu-deva", "de-CH", "tr-TR", "ja-JP"})
    void datesDoNotDependOnTheDefaultLocale(String tag) {
        Locale.setDefault(Locale.forLanguageTag(tag));

        assertEquals("4. mart 2022.", format("sr", SEED_REPORT));
        assertEquals("4 March 2022", format("en", SEED_REPORT));
        assertEquals("12. novembar 2024.", format("sr", LocalDate.of(2024, 11, 12)));
    }

    @Test
    void everyMonthHasItsOwnName() {
        for (String language : List.of("sr", "en")) {
            long distinct = java.util.stream.IntStream.rangeClosed(1, 12)
                    .mapToObj(m -> format(language, LocalDate.of(2022, m, 1))).distinct().count();
            assertEquals(12, distinct, language);
        }
    }

    @Test
    void aMessageFileWithoutTwelveMonthsIsRejected() {
        Messages broken = Messages.of("data/i18n/xx.yaml",
                Map.of("date", Map.of("pattern", "{day} {month} {year}", "months", List.of("jan", "feb"))));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LocalizedDates(broken));
        assertTrue(e.getMessage().contains("data/i18n/xx.yaml"), e.getMessage());
    }
}
