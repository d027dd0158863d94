package rs.iom.hub.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DigraphExceptionsTest {

    private final SerbianTransliterator t = SerbianTransliterator.standard();

    @Test
    void loadsTheShippedList() {
        List<DigraphExceptions.Rule> rules = DigraphExceptions.standard().rules();
        assertTrue(rules.size() >= 20, "rules: " + rules.size());
        assertTrue(rules.stream().anyMatch(r -> r.stem().equals("tanjug")));
    }

    @Test
    void convertsEveryExampleInTheListsCommentsWithTheDigraphSplit() {
        // Each rule line ends with "# example, example": every example must keep the split digraph.
        String[] lines = TestResources.read("/rs/iom/hub/translit/" + DigraphExceptions.RESOURCE).split("\n");
        int checked = 0;
        for (String line : lines) {
            int hash = line.indexOf('#');
            String rule = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (rule.isEmpty()) {
                continue;
            }
            String pair = rule.substring(rule.indexOf('|') - 1, rule.indexOf('|') + 2).replace("|", "");
            String cyrillicPair = t.toCyrillic(pair.substring(0, 1)) + t.toCyrillic(pair.substring(1));
            for (String example : line.substring(hash + 1).replaceAll("\\(.*?\\)", "").split(",")) {
                String word = example.strip().split(" ")[0];
                String cyrillic = t.toCyrillic(word);
                assertTrue(cyrillic.toLowerCase().contains(cyrillicPair), word + " → " + cyrillic);
                assertEquals(word, t.toLatin(cyrillic));
                checked++;
            }
        }
        assertTrue(checked >= 40, "examples checked: " + checked);
    }

    @Test
    void rejectsMalformedRules() {
        assertThrows(IllegalStateException.class, () -> DigraphExceptions.parse(List.of("nadživ")));
        assertThrows(IllegalStateException.class, () -> DigraphExceptions.parse(List.of("na|dživ")));
        assertThrows(IllegalStateException.class, () -> DigraphExceptions.parse(List.of("Nad|živ")));
        assertThrows(IllegalStateException.class, () -> DigraphExceptions.parse(List.of("nad|živ!")));
        assertEquals(1, DigraphExceptions.parse(List.of("# c", "", "nad|živ  # nadživeti")).rules().size());
    }

    @Test
    void matchesWordBeginningsIgnoringCase() {
        DigraphExceptions exceptions = DigraphExceptions.parse(List.of("in|jek"));
        assertTrue(exceptions.isSplit("INJEKCIJA", 0, 9, 2));
        assertTrue(exceptions.isSplit("Injekcija", 0, 9, 2));
        assertFalse(exceptions.isSplit("Injekcija", 0, 9, 3));
        assertFalse(exceptions.isSplit("inje", 0, 4, 2));
        assertFalse(exceptions.isSplit("reinjekcija", 0, 11, 4));
    }
}
