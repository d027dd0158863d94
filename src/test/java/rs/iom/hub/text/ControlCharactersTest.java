package rs.iom.hub.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ControlCharactersTest {

    @Test
    void tabsLineBreaksAndTextInAnyScriptAreAllowed() {
        assertEquals(-1, ControlCharacters.indexOf("Naslov\tу тексту\r\nčćžšđ „navodnici“ — €", 0));
        assertFalse(ControlCharacters.isForbidden('\t'));
        assertFalse(ControlCharacters.isForbidden(0xA0));
    }

    @Test
    void controlCharactersDeleteAndNonCharactersAreFound() {
        for (int cp : new int[]{0x00, 0x07, 0x1F, 0x7F, 0x85, 0x9F, 0xFFFE, 0xFFFF}) {
            assertTrue(ControlCharacters.isForbidden(cp), ControlCharacters.name(cp));
            assertEquals(3, ControlCharacters.indexOf("abc" + (char) cp + "d", 0), ControlCharacters.name(cp));
        }
    }

    @Test
    void searchStartsAtTheGivenIndex() {
        String text = "a\u0007b\u0007c";
        assertEquals(1, ControlCharacters.indexOf(text, 0));
        assertEquals(3, ControlCharacters.indexOf(text, 2));
        assertEquals(-1, ControlCharacters.indexOf(text, 4));
        assertEquals(-1, ControlCharacters.indexOf(text, 99));
        assertEquals(1, ControlCharacters.indexOf(text, -5));
    }

    @Test
    void aCharacterFarIntoALongTextIsFoundAtItsPlace() {
        for (int at : new int[]{0, 2047, 2048, 2049, 4095, 4096, 9999}) {
            StringBuilder text = new StringBuilder("ž".repeat(10_000));
            text.setCharAt(at, '\u0008');
            assertEquals(at, ControlCharacters.indexOf(text.toString(), 0), "at " + at);
            assertEquals(at, ControlCharacters.indexOf(text, 0), "at " + at + ", as a CharSequence");
            assertEquals(at, ControlCharacters.indexOf(text.toString(), at), "from " + at);
            assertEquals(-1, ControlCharacters.indexOf(text.toString(), at + 1), "after " + at);
        }
    }

    @Test
    void stripRemovesOnlyTheForbiddenCharacters() {
        assertEquals("Beograd\tNiš\n", ControlCharacters.strip("Beo\u0000grad\tNiš\u0085\n\uFFFE"));
        String clean = "Без контролних знакова";
        assertTrue(clean == ControlCharacters.strip(clean), "a clean text is returned as it is");
    }

    @Test
    void aMissingTextIsNamed() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> ControlCharacters.indexOf(null, 0));
        assertEquals("text", e.getMessage());
    }
}
