package rs.iom.hub.content;

import org.junit.jupiter.api.Test;
import rs.iom.hub.problem.Problem;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageRuleTest {
    private static final String SERBIAN_TEXT = "Na sastanku Upravnog odbora projekta predstavljene su dosadašnje i "
            + "tekuće aktivnosti i plan rada do kraja godine. Predstavnici Komesarijata za izbeglice i migracije, "
            + "Ministarstva za rad, zapošljavanje, boračka i socijalna pitanja i Ministarstva unutrašnjih poslova "
            + "razgovarali su o saradnji sa lokalnim samoupravama.";
    private static final String ENGLISH_TEXT = "At the meeting of the project's steering board, the activities so far "
            + "and the work plan until the end of the year were presented. Representatives of the Commissariat for "
            + "Refugees and Migration, the Ministry of Labour and the Ministry of Interior discussed cooperation "
            + "with local governments.";

    private final LanguageRule rule = new LanguageRule(List.of("sr", "en"));

    @Test
    void anEnglishVersionHoldingTheSerbianTextIsReportedOnTheFirstLineOfTheText() {
        Optional<Problem> problem = rule.check("content/en/news/x.md", "en", "Steering board meeting", "",
                SERBIAN_TEXT, 2, 9);

        assertTrue(problem.isPresent());
        assertEquals(9, problem.get().line());
        assertEquals("this is the English version, but the text reads as Serbian: is it translated?",
                problem.get().message());
        assertEquals("translate the text into English; if this is the Serbian version, move the file under "
                + "content/sr/", problem.get().hint());
        assertTrue(!problem.get().isError(), "a warning");
    }

    @Test
    void aSerbianVersionHoldingEnglishTextIsReported() {
        Optional<Problem> problem = rule.check("content/sr/vesti/x.md", "sr", "Sastanak", "", ENGLISH_TEXT, 2, 9);

        assertEquals("this is the Serbian version, but the text reads as English: is it translated?",
                problem.orElseThrow().message());
    }

    @Test
    void versionsInTheirOwnLanguageAreNotReported() {
        assertEquals(Optional.empty(), rule.check("content/sr/x.md", "sr", "Sastanak", "", SERBIAN_TEXT, 2, 9));
        assertEquals(Optional.empty(), rule.check("content/en/x.md", "en", "Meeting", "", ENGLISH_TEXT, 2, 9));
    }

    @Test
    void aShortTextIsJudgedOnTitleSummaryAndTextTogetherAtTheTitleLine() {
        Optional<Problem> problem = rule.check("content/en/news/x.md", "en", "Obuka u Subotici", "",
                "Službenici tri opštine su obučeni.", 2, 9);

        assertEquals(2, problem.orElseThrow().line());
        assertEquals("this is the English version, but the title and text read as Serbian: is it translated?",
                problem.get().message());
    }

    @Test
    void aShortEnglishTextFullOfSerbianNamesIsNotReported() {
        assertEquals(Optional.empty(), rule.check("content/en/contact.md", "en", "Contact",
                "Commissariat for Refugees and Migration", "Address: Narodnih heroja 4, Novi Beograd, Serbia.", 2, 9));
    }

    @Test
    void aTextTooShortToTellIsNotJudged() {
        assertEquals(Optional.empty(), rule.check("content/en/x.md", "en", "Obuka", "", "Tekst.", 2, 9));
    }

    @Test
    void aSiteWithALanguageWithoutModelIsNotJudgedInThatLanguage() {
        LanguageRule germanAndEnglish = new LanguageRule(List.of("de", "en"));

        assertEquals(Optional.empty(), germanAndEnglish.check("content/en/x.md", "en", "Sastanak", "", SERBIAN_TEXT,
                2, 9));
    }
}
