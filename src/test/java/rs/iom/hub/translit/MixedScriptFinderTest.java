package rs.iom.hub.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class MixedScriptFinderTest {

    private final MixedScriptFinder finder = new MixedScriptFinder();

    @Test
    void findsTheCyrillicJInTheRealSourceText() {
        List<MixedScriptWord> found = finder.find(SerbianTransliteratorTest.SOURCE);
        assertEquals(List.of("upravl\u0458anje", "zapošl\u0458avanje"), found.stream().map(MixedScriptWord::word).toList());
        assertEquals(List.of("upravljanje", "zapošljavanje"), found.stream().map(MixedScriptWord::corrected).toList());
        assertEquals("Cyrillic \u0458 (U+0458) in a Latin word", found.get(0).description());
        MixedScriptWord first = found.get(0);
        assertEquals(SerbianTransliteratorTest.SOURCE.indexOf("upravl"), first.offset());
        assertEquals(1, first.line());
        assertEquals(first.offset() + 1, first.column());
    }

    @Test
    void fixesTheRealSourceTextToPureLatin() {
        String fixed = finder.fix(SerbianTransliteratorTest.SOURCE);
        assertEquals(SerbianTransliteratorTest.SOURCE.replace('\u0458', 'j'), fixed);
        assertEquals(List.of(), finder.find(fixed));
        assertEquals(false, Letters.containsCyrillicLetter(fixed, 0, fixed.length()));
    }

    @Test
    void reportsLinesAndCodePointColumnsOnMultiLineInput() {
        String text = "Prvi red je čist.\r\n"
                + "Drugi: bol\u0458i i \u0043рбија\n"
                + "\n"
                + "\uD835\uDC00 Б\u0065оград, l\u0458udi\r"
                + "kraj";
        List<MixedScriptWord> found = finder.find(text);
        assertEquals(List.of(
                "2:8: bol\u0458i → bolji (Cyrillic \u0458 (U+0458) in a Latin word)",
                "2:16: \u0043рбија → Србија (Latin C (U+0043) in a Cyrillic word)",
                "4:3: Б\u0065оград → Београд (Latin e (U+0065) in a Cyrillic word)",
                "4:12: l\u0458udi → ljudi (Cyrillic \u0458 (U+0458) in a Latin word)"),
                found.stream().map(MixedScriptWord::toString).toList());
        assertEquals(text.indexOf("Б"), found.get(2).offset());
        assertEquals("Prvi red je čist.\r\nDrugi: bolji i Србија\n\n\uD835\uDC00 Београд, ljudi\rkraj", finder.fix(text));
    }

    @Test
    void describesEveryForeignLetterOnce() {
        MixedScriptWord word = finder.find("mаmа sа sеstrоm").get(0);
        assertEquals("Cyrillic а (U+0430) in a Latin word", word.description());
        MixedScriptWord other = finder.find("sеstrоm").get(0);
        assertEquals("Cyrillic е (U+0435), о (U+043E) in a Latin word", other.description());
        assertEquals("sestrom", other.corrected());
    }

    @Test
    void transliteratesMinorityLettersThatHaveNoLookalike() {
        assertEquals("naša", finder.fix("na\u0448a"));
        assertEquals("Ljudi", finder.fix("\u0409ud\u0438"), "a tie goes to Latin");
        assertEquals("школа", finder.fix("шк\u006Fла"));
        assertEquals("сина", finder.fix("с\u0069на"), "Latin i has no Serbian look-alike: и");
    }

    @Test
    void leavesCleanTextAlone() {
        String text = "Latinica i ћирилица, 2022., www.iom.int";
        assertEquals(List.of(), finder.find(text));
        assertSame(text, finder.fix(text));
    }

    @Test
    void rejectsNullArgumentsNamingTheParameter() {
        assertEquals("text", assertThrows(NullPointerException.class, () -> finder.find(null)).getMessage());
        assertEquals("text", assertThrows(NullPointerException.class, () -> finder.fix(null)).getMessage());
    }
}
