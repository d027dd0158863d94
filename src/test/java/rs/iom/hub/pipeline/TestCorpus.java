package rs.iom.hub.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Generated news items for tests that need a large site: each item in Serbian and in English, with varied titles,
 * dates and paragraphs, the same for the same arguments (a fixed seed).
 */
public final class TestCorpus {
    private static final List<String> SR_WORDS = List.of("migracije", "partnerstvo", "obuka", "opština", "savet",
            "upravljanje", "kapaciteti", "izveštaj", "sastanak", "projekat", "saradnja", "institucije", "zapošljavanje",
            "povratnici", "zajednica", "podrška", "Beograd", "Niš", "Subotica", "Kraljevo");
    private static final List<String> EN_WORDS = List.of("migration", "partnership", "training", "municipality",
            "council", "management", "capacities", "report", "meeting", "project", "cooperation", "institutions",
            "employment", "returnees", "community", "support", "Belgrade", "Niš", "Subotica", "Kraljevo");

    private TestCorpus() {
    }

    /**
     * Writes {@code perLanguage} news items in each of sr and en below {@code site}'s content folder (2 ×
     * perLanguage documents).
     */
    public static void writeNews(Path site, int perLanguage) {
        Random random = new Random(20220304);
        LocalDate first = LocalDate.of(2019, 1, 1);
        for (int i = 0; i < perLanguage; i++) {
            LocalDate date = first.plusDays(i % 2000);
            String key = "item-" + i;
            String srTitle = sentence(random, SR_WORDS, 5) + " " + i;
            String enTitle = sentence(random, EN_WORDS, 5) + " " + i;
            TestSites.writeNews(site, "content/sr/vesti/" + date.getYear() + "/vest-" + i + ".md", srTitle, date,
                    key, body(random, SR_WORDS));
            TestSites.writeNews(site, "content/en/news/" + date.getYear() + "/item-" + i + ".md", enTitle, date,
                    key, body(random, EN_WORDS));
        }
    }

    private static String body(Random random, List<String> words) {
        StringBuilder text = new StringBuilder();
        int paragraphs = 3 + random.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
            if (p == 1) {
                text.append("## ").append(sentence(random, words, 3)).append("\n\n");
            }
            for (int s = 0; s < 3 + random.nextInt(4); s++) {
                text.append(sentence(random, words, 8 + random.nextInt(10))).append(". ");
            }
            text.append("\n\n");
        }
        return text.toString().strip();
    }

    private static String sentence(Random random, List<String> words, int length) {
        StringBuilder sentence = new StringBuilder();
        for (int w = 0; w < length; w++) {
            String word = words.get(random.nextInt(words.size()));
            if (w == 0) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            sentence.append(w == 0 ? "" : " ").append(word);
        }
        return sentence.toString();
    }
}
