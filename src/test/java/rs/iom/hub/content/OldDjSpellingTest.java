package rs.iom.hub.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OldDjSpellingTest {

    private static final String FILE = """
            ---
            title: "Gradjani i medjunarodni partneri"
            date: 2024-05-10
            translationKey: gradjani-2024
            ---

            Medju učesnicima je i Djordje, a odjek je podjednako velik; ko nadje vremena, neka dodje.
            Vidi `gradjani` i [gradjani](https://example.rs/gradjani), -{Gradjanski savez}- i gradjani-2024.pdf.

                gradjani u kodu
            """;

    private static List<OldDjSpelling.Finding> find(String text) {
        return OldDjSpelling.find(FrontMatterParser.parse("content/sr/a.md", text).frontMatter(), text);
    }

    @Test
    void findsTheOldSpellingInTheTitleAndTheBodyWithLineAndColumn() {
        assertEquals(List.of(
                new OldDjSpelling.Finding(2, 9, "Gradjani", "Građani", true),
                new OldDjSpelling.Finding(2, 20, "medjunarodni", "međunarodni", true),
                new OldDjSpelling.Finding(7, 1, "Medju", "Među", true),
                new OldDjSpelling.Finding(7, 23, "Djordje", "Đorđe", true),
                new OldDjSpelling.Finding(7, 64, "nadje", "nađe", false),
                new OldDjSpelling.Finding(7, 84, "dodje", "dođe", true),
                new OldDjSpelling.Finding(8, 20, "gradjani", "građani", true)), find(FILE), "a link's text is text");
    }

    @Test
    void fixCorrectsOnlyTheCertainWordsAndNothingElse() {
        String fixed = OldDjSpelling.fix("content/sr/a.md", FILE);
        assertEquals(FILE.replace("\"Gradjani i medjunarodni", "\"Građani i međunarodni").replace("Medju", "Među")
                .replace("Djordje", "Đorđe").replace("dodje.", "dođe.").replace("[gradjani]", "[građani]"), fixed);
        assertEquals(List.of(new OldDjSpelling.Finding(7, 61, "nadje", "nađe", false)), find(fixed));
        assertEquals(0, OldDjSpelling.countFixable("content/sr/a.md", fixed));
    }
}
