package rs.iom.hub.i18n;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MessagesTest {
    private static final String ERRORS = "{count, plural, one {# greška} few {# greške} other {# grešaka}}";
    private static final Locale SERBIAN = Locale.forLanguageTag("sr-Latn");

    private final Messages messages = Messages.of("sr.yaml", Map.of("preview", Map.of("errors", ERRORS,
            "title", "Sajt {0} nije izgrađen")));

    @Test
    void aCountTakesTheSerbianPluralFormItsNumberNeeds() {
        assertEquals("1 greška", messages.count("preview.errors", 1, SERBIAN));
        assertEquals("3 greške", messages.count("preview.errors", 3, SERBIAN));
        assertEquals("5 grešaka", messages.count("preview.errors", 5, SERBIAN));
        assertEquals("21 greška", messages.count("preview.errors", 21, SERBIAN));
        assertEquals("12 grešaka", messages.count("preview.errors", 12, SERBIAN));
    }

    @Test
    void anEnglishCountHasOneAndOther() {
        Messages english = Messages.of("en.yaml", Map.of("n", "{count, plural, one {# warning} other {# warnings}}"));

        assertEquals("1 warning", english.count("n", 1, Locale.ENGLISH));
        assertEquals("2 warnings", english.count("n", 2, Locale.ENGLISH));
    }

    @Test
    void convertingToAnotherScriptLeavesThePluralSyntaxAndPlaceholdersAsTheyAre() {
        Messages upper = messages.map("sr.yaml (upper)", text -> text.toUpperCase(Locale.ROOT));

        assertEquals("{count, plural, one {# GREŠKA} few {# GREŠKE} other {# GREŠAKA}}", upper.text("preview.errors"));
        assertEquals("3 GREŠKE", upper.count("preview.errors", 3, SERBIAN));
        assertEquals("SAJT {0} NIJE IZGRAĐEN", upper.text("preview.title"));
    }

    @Test
    void aWordKeptAsWrittenIsHandedToTheTransformWithItsMarksAndAPlaceholderIsNot() {
        Messages feed = Messages.of("sr.yaml", Map.of("feed", "Praćenje vesti (-{Atom}-), strana {0}"));

        Messages marked = feed.map("sr.yaml (marks)", text -> "[" + text + "]");

        assertEquals("[Praćenje vesti (-{Atom}-), strana ]{0}[]", marked.text("feed"));
    }

    @Test
    void thePluralFormsOfAMessageAreGivenByCategory() {
        assertEquals(Map.of("one", "# greška", "few", "# greške", "other", "# grešaka"),
                messages.pluralForms("preview.errors"));
    }
}
