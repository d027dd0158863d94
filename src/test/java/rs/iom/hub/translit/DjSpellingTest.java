package rs.iom.hub.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DjSpellingTest {

    private final DjSpelling list = DjSpelling.standard();

    @Test
    void shipsTheListWithItsSourceAndLicence() {
        String text = TestResources.read("/rs/iom/hub/translit/" + DjSpelling.RESOURCE);
        assertTrue(text.contains("hunspell-sr") && text.contains("Mozilla Public License 1.1"), "header");
        assertTrue(text.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).count() < 4000, "a small list");
    }

    @Test
    void readsTheOldSpellingOfĐWhereTheListKnowsTheWord() {
        assertEquals(new DjSpelling.Reading(DjSpelling.Verdict.OLD_SPELLING, "građani"), list.read("gradjani"));
        assertEquals(new DjSpelling.Reading(DjSpelling.Verdict.OLD_SPELLING, "Đorđe"), list.read("Djordje"));
        assertEquals(new DjSpelling.Reading(DjSpelling.Verdict.OLD_SPELLING, "ĐOKOVIĆ"), list.read("DJOKOVIĆ"));
    }

    @Test
    void tellsARealDPlusJFromTheOldSpelling() {
        assertEquals(DjSpelling.Verdict.REAL, list.read("podjednako").verdict());
        assertEquals(DjSpelling.Verdict.REAL, list.read("odjek").verdict());
    }

    @Test
    void leavesAmbiguousUnknownAndShortWordsAsWritten() {
        assertEquals(new DjSpelling.Reading(DjSpelling.Verdict.AMBIGUOUS, "nađe"), list.read("nadje"));
        assertEquals(new DjSpelling.Reading(DjSpelling.Verdict.UNKNOWN, "DJ"), list.read("DJ"));
        assertEquals(DjSpelling.Verdict.UNKNOWN, list.read("Xdjq").verdict());
        assertEquals(DjSpelling.Verdict.UNKNOWN, list.read("kuća").verdict());
    }

    @Test
    void decidesEachDjOfAWordOnItsOwn() {
        DjSpelling parsed = DjSpelling.parse(List.of("# c", "građ*", "podjed*", "međ*", "?nadje", "dje"));
        assertEquals("građanin", parsed.read("gradjanin").corrected());
        assertEquals(DjSpelling.Verdict.REAL, parsed.read("podjednak").verdict());
        assertEquals(DjSpelling.Verdict.REAL, parsed.read("dje").verdict());
        assertEquals(DjSpelling.Verdict.UNKNOWN, parsed.read("djeca").verdict(), "dje is a whole word, not a beginning");
        assertEquals(DjSpelling.Verdict.AMBIGUOUS, parsed.read("Nadje").verdict());
    }

    @Test
    void rejectsMalformedLines() {
        assertThrows(IllegalStateException.class, () -> DjSpelling.parse(List.of("Građ*")));
        assertThrows(IllegalStateException.class, () -> DjSpelling.parse(List.of("grad*")));
        assertThrows(IllegalStateException.class, () -> DjSpelling.parse(List.of("?nađe")));
        assertThrows(IllegalStateException.class, () -> DjSpelling.parse(List.of("gra đ")));
    }
}
