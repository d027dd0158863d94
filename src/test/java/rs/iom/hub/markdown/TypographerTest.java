package rs.iom.hub.markdown;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TypographerTest {
    private static final Typographer SERBIAN = Typographer.forLanguage("sr");
    private static final Typographer ENGLISH = Typographer.forLanguage("en");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "Projekat \"Jačanje kapaciteta\" u Srbiji | Projekat „Jačanje kapaciteta“ u Srbiji",
            "On je rekao: \"Ovo je 'naš' plan\" | On je rekao: „Ovo je ‚naš‘ plan“",
            "Plan rada 2020-2023 | Plan rada 2020–2023",
            "Sastanak -- zaključci... | Sastanak – zaključci…",
            "Telefon 011-3054-800 | Telefon 011-3054-800",
            "2022. godina migracija | 2022. godina migracija",
            "- Tačka *ostaje* [kako] je <b>napisana</b> | - Tačka *ostaje* [kako] je <b>napisana</b>",
            "Bez navodnika | Bez navodnika",
            "C:\\\\putanja & 50% | C:\\\\putanja & 50%"})
    void serbianTextGetsSerbianQuotesDashesAndEllipsesAndNothingElseChanges(String text, String typeset) {
        assertEquals(typeset, SERBIAN.apply(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The \"Migration Partnership\" project | The “Migration Partnership” project",
            "Switzerland's support, 2019-2022 | Switzerland’s support, 2019–2022",
            "He said: \"It's 'ours'\" | He said: “It’s ‘ours’”"})
    void englishTextGetsEnglishQuotesAndApostrophes(String text, String typeset) {
        assertEquals(typeset, ENGLISH.apply(text));
    }
}
