package rs.iom.hub.pipeline;

import org.junit.jupiter.api.Test;
import rs.iom.hub.content.Document;
import rs.iom.hub.content.DocumentReader;
import rs.iom.hub.content.DocumentStatus;
import rs.iom.hub.content.DocumentType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class DocumentCacheTest {

    private static DocumentReader.Result read(String source, String fingerprint) {
        Document doc = new Document(source, "sr", "vesti/a/", DocumentType.NEWS, DocumentStatus.PUBLISHED, "Naslov",
                LocalDate.parse("2024-05-06"), "a", 3, "Sažetak.", List.of(), null, null, null, "<p>Tekst.</p>\n",
                "Tekst.", fingerprint);
        return new DocumentReader.Result(Optional.of(doc), List.of(), List.of());
    }

    @Test
    void everyEntryStaysWhenEverySourceIsStillThere() {
        DocumentCache cache = new DocumentCache();
        cache.put("content/sr/a.md", 1, 1, read("content/sr/a.md", "f1"));
        cache.put("content/sr/b.md", 1, 1, read("content/sr/b.md", "f2"));

        cache.retainOnly(List.of("content/sr/a.md", "content/sr/b.md"));

        assertNotNull(cache.get("content/sr/a.md", 1, 1));
        assertNotNull(cache.get("content/sr/b.md", 1, 1));
    }

    @Test
    void aGoneSourceIsForgottenEvenWhenAsManyOthersAreNamed() {
        DocumentCache cache = new DocumentCache();
        cache.put("content/sr/a.md", 1, 1, read("content/sr/a.md", "f1"));
        cache.put("content/sr/b.md", 1, 1, read("content/sr/b.md", "f2"));

        cache.retainOnly(List.of("content/sr/a.md", "content/sr/c.md"));

        assertNotNull(cache.get("content/sr/a.md", 1, 1));
        assertNull(cache.get("content/sr/b.md", 1, 1));
        cache.retainOnly(List.of("content/sr/a.md"));
        assertNotNull(cache.get("content/sr/a.md", 1, 1));
    }

    @Test
    void theSearchWeightsOfDocumentsNoLongerReadAreForgottenOnceAFewHaveGathered() {
        DocumentCache cache = new DocumentCache();
        Map<String, Map<String, Integer>> weights = cache.searchMemory().weights();
        cache.put("content/sr/a.md", 1, 1, read("content/sr/a.md", "current"));
        weights.put("current", Map.of("naslov", 20));
        for (int i = 0; i < DocumentCache.STALE_WEIGHTS; i++) {
            weights.put("old" + i, Map.of("naslov", 20));
        }

        cache.retainOnly(List.of("content/sr/a.md"));
        assertEquals(DocumentCache.STALE_WEIGHTS + 1, cache.searchWeightCount(), "a few stale ones are kept");

        weights.put("one more", Map.of("naslov", 20));
        cache.retainOnly(List.of("content/sr/a.md"));
        assertEquals(1, cache.searchWeightCount());
        assertEquals(Map.of("naslov", 20), weights.get("current"));
    }
}
