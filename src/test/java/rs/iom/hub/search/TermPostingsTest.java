package rs.iom.hub.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TermPostingsTest {
    private static final String[] WORDS = {"upravljanje", "migracijama", "obuka", "opstina", "saradnja", "projekat",
        "zaposljavanje", "komesarijat", "izbeglice", "partnerstvo", "kapaciteti", "sednica", "odbor", "zakon",
        "strategija", "povratak", "reintegracija", "mladi", "rad", "upravni", "ucesce", "zena", "migranti"};

    private static SearchIndexBuilder.Entry entry(String id, String title, String text) {
        return new SearchIndexBuilder.Entry("/sr/" + id + "/", title, "2022-03-04", "4. mart 2022.", "", text,
                List.of(), id);
    }

    private static String text(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return text.toString();
    }

    /** Name → hash and JSON of every term file, as a fresh builder counts them. */
    private static Map<String, String> counted(List<SearchIndexBuilder.Entry> entries) {
        Map<String, String> files = new HashMap<>();
        for (SearchIndexBuilder.IndexFile file : new SearchIndexBuilder(new HashMap<>()).termFiles(entries)) {
            files.put(file.name(), file.hash().getAsLong() + " " + file.json().get());
        }
        return files;
    }

    private static Map<String, String> asMap(List<SearchIndexBuilder.IndexFile> files) {
        Map<String, String> map = new HashMap<>();
        files.forEach(file -> map.put(file.name(), file.hash().getAsLong() + " " + file.json().get()));
        return map;
    }

    @Test
    void postingsMadeFromTheLastCountAfterEditsAreThoseOfCountingAnew() {
        Random random = new Random(7);
        List<SearchIndexBuilder.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            entries.add(entry("n" + i, text(random, 3), text(random, 30)));
        }
        Map<String, TermPostings> kept = new HashMap<>();
        SearchIndexBuilder builder = new SearchIndexBuilder(new HashMap<>(), kept);
        builder.termFiles("sr", entries, new HashMap<>());
        for (int round = 0; round < 20; round++) {
            int edited = random.nextInt(entries.size());
            entries.set(edited, entry("n" + edited + "-" + round, text(random, 2), text(random, random.nextInt(40))));
            TermPostings before = kept.get("sr");
            List<SearchIndexBuilder.IndexFile> files = builder.termFiles("sr", entries, new HashMap<>());
            assertTrue(kept.get("sr") != before, "round " + round + ": the edit is kept for the next one");
            assertEquals(counted(entries), asMap(files), "round " + round);
        }
    }

    @Test
    void aTermNoEntryHoldsAnyMoreLeavesItsShardAndANewOneAddsIts() {
        List<SearchIndexBuilder.Entry> entries = new ArrayList<>(List.of(entry("a", "Obuka", "tekst"),
                entry("b", "Sednica", "tekst")));
        for (int i = 0; i < 8; i++) { // enough entries for one edit to be made from the last count
            entries.add(entry("x" + i, "Rad", "tekst"));
        }
        SearchIndexBuilder builder = new SearchIndexBuilder(new HashMap<>(), new HashMap<>());
        builder.termFiles("sr", entries, new HashMap<>());
        entries.set(1, entry("b2", "Zakon", "tekst"));
        Map<String, String> files = asMap(builder.termFiles("sr", entries, new HashMap<>()));
        assertFalse(files.containsKey("t-se.json"), files.keySet().toString());
        assertTrue(files.containsKey("t-za.json"), files.keySet().toString());
        assertEquals(counted(entries), files);
    }

    @Test
    void entriesOfAnotherLengthOrOrderAreCountedAnew() {
        List<SearchIndexBuilder.Entry> entries = new ArrayList<>(List.of(entry("a", "Obuka", "tekst"),
                entry("b", "Sednica", "tekst"), entry("c", "Zakon", "rad")));
        SearchIndexBuilder builder = new SearchIndexBuilder(new HashMap<>(), new HashMap<>());
        builder.termFiles("sr", entries, new HashMap<>());
        entries.add(0, entry("d", "Mladi", "tekst"));
        assertEquals(counted(entries), asMap(builder.termFiles("sr", entries, new HashMap<>())));
        java.util.Collections.reverse(entries);
        assertEquals(counted(entries), asMap(builder.termFiles("sr", entries, new HashMap<>())));
    }

    @Test
    void fingerprintsAndWeightsMustHaveOneItemPerEntry() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TermPostings.count(List.of("a"), List.of()));
        assertTrue(e.getMessage().contains("fingerprints and weights"), e.getMessage());
    }
}
