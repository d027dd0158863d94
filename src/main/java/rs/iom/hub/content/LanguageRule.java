package rs.iom.hub.content;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import rs.iom.hub.problem.Problem;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Says when a version's text is not in the language of its folder: most often an English file copied from the
 * Serbian one whose text was never translated, which would otherwise be published without a word. The language is
 * told by Lingua, in its low-accuracy mode (models of one to three letters only, the ones {@code mvn package} ships) and between the
 * site's languages alone. Serbian Latin reads to Lingua as Croatian or Bosnian (its Serbian model is Cyrillic), so
 * those three count as Serbian.
 *
 * <p>It judges on the start of the body when the body is long enough, otherwise on the title, summary and body
 * together, and only when the other language wins clearly: a very short text says nothing. A warning, never an
 * error: a page may rightly quote the other language.
 */
final class LanguageRule {
    /** Letters of body text from which the body alone is judged. */
    static final int BODY_LETTERS = 200;
    /** Fewer letters than this (in title, summary and text together) are not judged at all. */
    static final int MIN_LETTERS = 40;
    /** From this many letters on, a text is judged with {@link #MARGIN}; a shorter one with {@link #SHORT_MARGIN}. */
    static final int LONG_LETTERS = 100;
    /** Characters of the body read: Lingua's time grows with the text, and the start of a text tells its language. */
    static final int SAMPLE_CHARS = 400;
    /**
     * The written language's confidence, relative to the other's, below which the other language wins clearly. On
     * the 2,000 files of the benchmark corpus (bench/), cut to their first 100 letters, this margin flagged 99 % of
     * the files when each was filed under the other language, and none filed correctly; from 200 letters on, all.
     */
    static final double MARGIN = 0.9;
    /** The same for 40 to 100 letters, where Lingua's low-accuracy mode is less sure: none filed correctly flagged. */
    static final double SHORT_MARGIN = 0.8;

    /**
     * The languages Lingua tells apart, by content language: names of its {@link Language} constants, looked up only
     * when Lingua is asked (most builds never load it).
     */
    private static final Map<String, Set<String>> MODELS = Map.of(
            "en", Set.of("ENGLISH"),
            "sr", Set.of("SERBIAN", "CROATIAN", "BOSNIAN"));

    /**
     * Per content language, short words it writes all the time and the other never does. A sample holding at least
     * {@link #SURE_WORDS} of its own language's and hardly any of the other's is in its language: Lingua is not asked
     * (it costs about 2 ms a file, and most files are like this). Only ever a reason not to warn.
     */
    private static final Map<String, Set<String>> COMMON_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "is", "are", "was", "were", "with", "for", "this", "that", "which",
                    "from", "by", "has", "have", "will", "their"),
            "sr", Set.of("je", "su", "da", "se", "od", "za", "na", "sa", "iz", "koji", "koja", "koje", "što", "kao",
                    "će", "ili", "ali", "biti", "kako", "који", "је", "су", "да", "се", "од", "за", "на", "са", "из",
                    "која", "које", "што", "као", "ће", "или", "али"));
    /** See {@link #COMMON_WORDS}. */
    static final int SURE_WORDS = 4;

    private static volatile LanguageDetector detector;

    private final List<String> languages;

    /** @param languages the site's content languages; the rule judges only when two of them have models */
    LanguageRule(List<String> languages) {
        this.languages = languages.stream().filter(MODELS::containsKey).toList();
    }

    /**
     * The warning for a version whose text reads as another of the site's languages, if it does.
     *
     * @param source    the file
     * @param language  its content language
     * @param title     its title
     * @param summary   its summary as written (may be empty)
     * @param text      its body as plain text
     * @param titleLine the line of the title, for a judgement on title and summary
     * @param bodyLine  the first line of the body's text, for a judgement on the body
     */
    Optional<Problem> check(String source, String language, String title, String summary, String text,
                            int titleLine, int bodyLine) {
        if (languages.size() < 2 || !languages.contains(language)) {
            return Optional.empty();
        }
        boolean onBody = letters(text) >= BODY_LETTERS;
        String sample = sample(onBody ? text : String.join(". ", title, Objects.requireNonNullElse(summary, ""), text));
        int letters = letters(sample);
        if (letters < MIN_LETTERS) {
            return Optional.empty();
        }
        if (plainlyIn(language, sample)) {
            return Optional.empty();
        }
        Map<String, Double> confidence = new java.util.HashMap<>();
        detector().computeLanguageConfidenceValues(sample).forEach((l, value) -> confidence.put(l.name(), value));
        String winner = null;
        double best = 0;
        double written = 0;
        for (String candidate : languages) {
            double value = MODELS.get(candidate).stream().mapToDouble(l -> confidence.getOrDefault(l, 0.0)).max()
                    .orElse(0);
            if (candidate.equals(language)) {
                written = value;
            }
            if (value > best) {
                best = value;
                winner = candidate;
            }
        }
        if (winner == null || winner.equals(language) || written >= (letters >= LONG_LETTERS ? MARGIN : SHORT_MARGIN) * best) {
            return Optional.empty();
        }
        String what = onBody ? "the text" : "the title and text";
        return Optional.of(Problem.warning(source, onBody ? bodyLine : titleLine, 1,
                "this is the " + name(language) + " version, but " + what + (onBody ? " reads" : " read") + " as " + name(winner)
                        + ": is it translated?",
                "translate " + what + " into " + name(language)
                        + "; if this is the " + name(winner) + " version, move the file under content/" + winner
                        + "/"));
    }

    /** One detector for every reader: Lingua loads each model once, on first use, and is thread-safe. */
    private LanguageDetector detector() {
        LanguageDetector d = detector;
        if (d == null) {
            synchronized (LanguageRule.class) {
                d = detector;
                if (d == null) {
                    d = LanguageDetectorBuilder.fromLanguages(MODELS.values().stream().flatMap(Set::stream)
                            .sorted().map(Language::valueOf).toArray(Language[]::new)).withLowAccuracyMode().build();
                    detector = d;
                }
            }
        }
        return d;
    }

    private static final java.util.regex.Pattern NON_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");

    /** The sample holds {@link #SURE_WORDS} common words of {@code language}, three times those of the others. */
    private boolean plainlyIn(String language, String sample) {
        int own = 0;
        int others = 0;
        for (String word : NON_LETTERS.split(sample.toLowerCase(Locale.ROOT))) {
            for (String candidate : languages) {
                if (COMMON_WORDS.get(candidate).contains(word)) {
                    if (candidate.equals(language)) {
                        own++;
                    } else {
                        others++;
                    }
                }
            }
        }
        return own >= SURE_WORDS && own >= 3 * others;
    }

    private static String sample(String text) {
        if (text.length() <= SAMPLE_CHARS) {
            return text;
        }
        int end = text.lastIndexOf(' ', SAMPLE_CHARS);
        return text.substring(0, end > SAMPLE_CHARS / 2 ? end : SAMPLE_CHARS);
    }

    private static int letters(String text) {
        int n = 0;
        for (int i = 0; i < text.length() && n < BODY_LETTERS; i++) {
            if (Character.isLetter(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static String name(String language) {
        return Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
    }
}
