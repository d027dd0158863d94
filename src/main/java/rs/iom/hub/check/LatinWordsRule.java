package rs.iom.hub.check;

import rs.iom.hub.content.Document;
import rs.iom.hub.i18n.Script;
import rs.iom.hub.problem.Problem;
import rs.iom.hub.site.EditionContext;
import rs.iom.hub.site.IndexedSite;
import rs.iom.hub.translit.LatinWords;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Notes for {@code hub check} (severity info, never failing it): per Serbian file, the words and names that stay in
 * Latin letters in the Cyrillic edition, and the words the transliteration rules are unsure about, each as one line
 * listing the words, with the ways to decide (a transcription, the keep-Latin list, {@code -{…}-}). Reads the text
 * readers see: title, summary, picture texts and body.
 */
public final class LatinWordsRule {
    /** At most this many words are named in one line; the rest are counted. */
    static final int MAX_WORDS = 20;

    private LatinWordsRule() {
    }

    /** The notes for the site's Serbian documents, in report order; none when the site has no Cyrillic edition. */
    public static List<Problem> check(IndexedSite site) {
        Objects.requireNonNull(site, "site");
        Optional<EditionContext> cyrillic = site.editions().stream()
                .filter(e -> e.edition().language().equals("sr") && e.edition().script() == Script.CYRILLIC)
                .findFirst();
        if (cyrillic.isEmpty()) {
            return List.of();
        }
        List<Problem> notes = new ArrayList<>();
        for (Document document : site.content().documents()) {
            if (!document.language().equals("sr")) {
                continue;
            }
            Set<String> kept = new LinkedHashSet<>();
            Set<String> unsure = new LinkedHashSet<>();
            for (String text : texts(document)) {
                LatinWords words = cyrillic.get().converter().latinWords(text);
                kept.addAll(words.kept());
                unsure.addAll(words.unsure());
            }
            if (!kept.isEmpty()) {
                notes.add(Problem.info(document.source(), 0, 0,
                        "stays in Latin letters in the Cyrillic edition: " + list(kept),
                        "nothing to do if that is right; to write one of them in Cyrillic instead, add it to "
                                + "data/translit/transcriptions.txt (e.g. Facebook → Фејсбук)"));
            }
            if (!unsure.isEmpty()) {
                notes.add(Problem.info(document.source(), 0, 0,
                        "unsure whether Latin or Cyrillic letters are right in the Cyrillic edition: " + list(unsure),
                        "to keep a word in Latin, add it to data/translit/keep-latin.txt or write it as -{word}-; "
                                + "to write it in Cyrillic, add it to data/translit/transcriptions.txt (a name) or "
                                + "data/translit/cyrillic-acronyms.txt (an acronym)"));
            }
        }
        notes.sort(Problem.REPORT_ORDER);
        return notes;
    }

    private static List<String> texts(Document document) {
        List<String> texts = new ArrayList<>();
        texts.add(document.title());
        texts.add(document.summary());
        for (String text : new String[] {document.imageAlt(), document.imageCaption(), document.imageCredit(),
                document.text()}) {
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    private static String list(Set<String> words) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (String word : words) {
            if (n == MAX_WORDS) {
                sb.append(" and ").append(words.size() - MAX_WORDS).append(" more");
                break;
            }
            if (n > 0) {
                sb.append(", ");
            }
            sb.append(word);
            n++;
        }
        return sb.toString();
    }
}
