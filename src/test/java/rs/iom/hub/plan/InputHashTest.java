package rs.iom.hub.plan;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class InputHashTest {

    @Test
    void theSameInputsGiveTheSameValueInEveryRun() {
        // pinned: the build cache keeps these values, so a change must come with a new hub build (which it does)
        assertEquals(0x0e665eb49cda3dbcL, new InputHash().add("IOM").value());
        assertEquals(0x10518b2a2c7fb00aL, new InputHash().add("Migracije").value());
        assertEquals(new InputHash().add("Vesti").add(42).add((String) null).value(),
                new InputHash().add("Vesti").add(42).add((String) null).value());
    }

    @Test
    void aChangeOfOneCharacterChangesTheValue() {
        long before = new InputHash().add("Migracije i razvoj").value();

        assertNotEquals(before, new InputHash().add("Migracije i razvoi").value());
        assertNotEquals(before, new InputHash().add("Миграције и развој").value());
        assertNotEquals(before, new InputHash().add("Migracije i razvoj ").value());
    }

    @Test
    void whereOneStringEndsAndTheNextBeginsCounts() {
        assertNotEquals(new InputHash().add("ab").add("c").value(), new InputHash().add("a").add("bc").value());
        assertNotEquals(new InputHash().add("").add("x").value(), new InputHash().add("x").add("").value());
    }

    @Test
    void aChangeAnywhereInALongTextChangesTheValue() {
        String text = "Obuka za pružaoce usluga u Subotici, Novom Sadu i Nišu.";
        long before = new InputHash().add(text).value();
        for (int i = 0; i < text.length(); i++) {
            String changed = text.substring(0, i) + (char) (text.charAt(i) + 1) + text.substring(i + 1);
            assertNotEquals(before, new InputHash().add(changed).value(), "character " + i);
        }
        for (int length = 0; length < text.length(); length++) {
            assertNotEquals(before, new InputHash().add(text.substring(0, length)).value(), "cut to " + length);
        }
    }

    @Test
    void aMissingTextDiffersFromAnEmptyOne() {
        assertNotEquals(new InputHash().add((String) null).value(), new InputHash().add("").value());
    }

    @Test
    void everyPartOfANumberCounts() {
        assertNotEquals(new InputHash().add(1L).value(), new InputHash().add(1L << 40).value());
        assertNotEquals(new InputHash().add(1L << 20).value(), new InputHash().add(1L << 60).value());
    }
}
