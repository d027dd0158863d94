package rs.iom.hub.translit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrefixDigraphsTest {

    private final PrefixDigraphs rules = PrefixDigraphs.parse(DigraphExceptions.parse(List.of("in|jek")),
            List.of("prefix: od", "prefix: pred", "odžak  # оџак"));

    private boolean split(String word, int index) {
        return rules.isSplit(word, 0, word.length(), index);
    }

    @Test
    void splitsDžAfterAPrefixInDByRule() {
        assertTrue(split("odžaliti", 2));
        assertTrue(split("ODŽARITI", 2));
        assertTrue(split("predžetva", 4));
        assertTrue(split("neodžaljen", 4), "after ne-");
        assertTrue(split("najodživljeniji", 5), "after naj-");
    }

    @Test
    void keepsDžOneLetterInListedWordsAndAwayFromThePrefix() {
        assertFalse(split("odžak", 2));
        assertFalse(split("Odžaklija", 2));
        assertFalse(split("predodžba", 6), "pred + o + dž");
        assertFalse(split("budžet", 3));
    }

    @Test
    void splitsListedStemsAlsoAfterAStackedPrefix() {
        assertTrue(split("injekcija", 2));
        assertTrue(split("mikroinjekcija", 7));
        assertFalse(split("konj", 3), "nj has no rule");
    }

    @Test
    void rejectsMalformedLines() {
        DigraphExceptions none = DigraphExceptions.parse(List.of());
        assertThrows(IllegalStateException.class, () -> PrefixDigraphs.parse(none, List.of("prefix: pre")));
        assertThrows(IllegalStateException.class, () -> PrefixDigraphs.parse(none, List.of("odzak")));
        assertThrows(IllegalStateException.class, () -> PrefixDigraphs.parse(none, List.of("Odžak")));
    }
}
