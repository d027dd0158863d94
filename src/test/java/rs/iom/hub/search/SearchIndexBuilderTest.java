package rs.iom.hub.search;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchIndexBuilderTest {
    private final SearchIndexBuilder builder = new SearchIndexBuilder(new HashMap<>());

    private static SearchIndexBuilder.Entry entry(String id, String title, String summary, String text) {
        return new SearchIndexBuilder.Entry("/sr/" + id + "/", title, "2022-03-04", "4. mart 2022.", summary, text,
                List.of("migracije"), id);
    }

    @Test
    void termsAreFoldedShardedByTheirFirstTwoLettersAndWeightedTitleFirst() {
        Map<String, String> files = builder.build(List.of(
                entry("a", "Upravljanje migracijama", "Sažetak.", "Tekst o učešću."),
                entry("b", "Drugo", "Sažetak.", "Upravljanje se pominje u tekstu.")));

        assertTrue(files.get("meta.json").contains("\"documents\":2"), files.get("meta.json"));
        String shard = files.get("t-up.json");
        // document 0 has the word in its title (weight 20), document 1 (gap 1) once in the text (weight 1)
        assertTrue(shard.contains("\"upravljanje\":[0,20,1,1]"), shard);
        assertTrue(files.get("t-uc.json").contains("\"ucescu\""), files.keySet().toString());
        assertTrue(files.get("t-mi.json").contains("\"migracije\":[0,8,1,8]"), files.get("t-mi.json"));
        assertEquals("[[\"/sr/a/\",\"Upravljanje migracijama\",\"2022-03-04\",\"4. mart 2022.\",\"Sažetak.\"],"
                + "[\"/sr/b/\",\"Drugo\",\"2022-03-04\",\"4. mart 2022.\",\"Sažetak.\"]]", files.get("d-0.json"));
    }

    @Test
    void documentsAreSplitIntoShardsOfFifty() {
        List<SearchIndexBuilder.Entry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < 120; i++) {
            entries.add(entry("n" + i, "Vest " + i, "", "tekst"));
        }
        Map<String, String> files = builder.build(entries);
        assertTrue(files.containsKey("d-0.json") && files.containsKey("d-1.json") && files.containsKey("d-2.json"));
        assertTrue(!files.containsKey("d-3.json"));
    }

    @Test
    void termFilesPlannedFromAMemoHaveTheNamesHashesAndJsonOfCountedOnes() {
        List<SearchIndexBuilder.Entry> entries = List.of(
                entry("a", "Upravljanje migracijama", "Sažetak.", "Tekst o učešću."),
                entry("b", "Drugo", "Sažetak.", "Upravljanje se pominje u tekstu."));
        Map<String, List<SearchIndexBuilder.FileStamp>> memo = new HashMap<>();
        List<SearchIndexBuilder.IndexFile> counted = builder.termFiles(entries, memo);
        assertEquals(1, memo.size(), "the stamps of the counted files are kept");
        List<SearchIndexBuilder.IndexFile> planned = new SearchIndexBuilder(new HashMap<>()).termFiles(entries, memo);
        assertEquals(counted.size(), planned.size());
        for (int i = 0; i < counted.size(); i++) {
            assertEquals(counted.get(i).name(), planned.get(i).name());
            assertEquals(counted.get(i).hash().getAsLong(), planned.get(i).hash().getAsLong());
            assertEquals(counted.get(i).json().get(), planned.get(i).json().get());
        }
    }

    @Test
    void otherEntriesAreCountedAgainNotPlannedFromTheMemoOfTheFirst() {
        Map<String, List<SearchIndexBuilder.FileStamp>> memo = new HashMap<>();
        builder.termFiles(List.of(entry("a", "Upravljanje", "", "tekst")), memo);
        List<SearchIndexBuilder.IndexFile> other = builder.termFiles(List.of(entry("b", "Obuka", "", "tekst")), memo);
        assertTrue(other.stream().anyMatch(f -> f.name().equals("t-ob.json")), other.toString());
        assertEquals(2, memo.size());
    }
}
