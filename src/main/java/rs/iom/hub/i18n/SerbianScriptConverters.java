package rs.iom.hub.i18n;

import rs.iom.hub.layout.SiteLayout;

import rs.iom.hub.problem.Problem;
import rs.iom.hub.translit.HtmlTransliterator;
import rs.iom.hub.translit.LatinWords;
import rs.iom.hub.translit.SerbianTransliterator;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Brings Serbian content into the script of each Serbian edition: the Cyrillic edition is generated from Latin
 * sources (and pages written in Cyrillic are shown in Latin in the Latin edition), honouring the site dictionary of
 * words kept in Latin ({@value #DICTIONARY}) and the other word lists of {@link TranslitWordLists} (international
 * names, acronyms written in Cyrillic, transcriptions), and the {@code -{…}-} marks authors put around text to keep as
 * written. The lists are re-read when one changes (the preview server keeps one instance).
 */
public final class SerbianScriptConverters implements TextConverters {
    /** The site dictionary, in the data folder: names, acronyms and brands never written in Cyrillic. */
    public static final String DICTIONARY = TranslitWordLists.KEEP_LATIN;
    /** Texts up to this length (titles, summaries, tags, UI strings) are remembered converted. */
    private static final int REMEMBERED_LENGTH = 2000;
    /** At most this many of them (a few megabytes; a 10,000-document site has about 40,000). */
    private static final int REMEMBERED_TEXTS = 200_000;

    private final Path site;
    private final SiteLayout layout;
    private String loadedAt;
    private SerbianTransliterator transliterator = SerbianTransliterator.standard();
    private HtmlTransliterator html = new HtmlTransliterator(transliterator);
    private List<Problem> problems = List.of();
    /**
     * Texts already converted to Cyrillic with the current dictionary, kept from one bake to the next: the preview
     * re-bakes after every save and would otherwise convert every title and summary of the site again.
     */
    private Map<String, String> cyrillic = new ConcurrentHashMap<>();

    /** Converters for the site in {@code site}, whose folders {@code layout} names (its dictionary is in data/). */
    public SerbianScriptConverters(Path site, SiteLayout layout) {
        this.site = Objects.requireNonNull(site, "site").toAbsolutePath().normalize();
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    private synchronized void refresh() {
        String stamp = TranslitWordLists.stamp(site, layout);
        if (stamp.equals(loadedAt)) {
            return;
        }
        loadedAt = stamp;
        TranslitWordLists.Loaded loaded = TranslitWordLists.load(site, layout);
        problems = loaded.problems();
        transliterator = loaded.transliterator();
        html = new HtmlTransliterator(transliterator);
        cyrillic = new ConcurrentHashMap<>();
    }

    @Override
    public synchronized TextConverter forEdition(Edition edition) {
        refresh();
        if (!edition.language().equals("sr")) {
            return TextConverter.NONE;
        }
        SerbianTransliterator t = transliterator;
        HtmlTransliterator h = html;
        if (edition.script() == Script.CYRILLIC) {
            Map<String, String> converted = cyrillic;
            return new TextConverter() {
                @Override
                public String text(String text) {
                    if (text.length() > REMEMBERED_LENGTH) {
                        return t.toCyrillic(text);
                    }
                    if (converted.size() > REMEMBERED_TEXTS) { // a bound, not a policy: a long preview forgets all
                        converted.clear();
                    }
                    return converted.computeIfAbsent(text, t::toCyrillic);
                }

                @Override
                public String html(String markup) {
                    return h.fragmentToCyrillic(markup);
                }

                @Override
                public LatinWords latinWords(String text) {
                    return t.latinWords(text);
                }

                @Override
                public boolean cheapToRepeat() {
                    return true;
                }
            };
        }
        return new TextConverter() {
            @Override
            public String text(String text) {
                String latin = hasCyrillic(text) ? t.toLatin(text) : text;
                return latin.contains("-{") ? SerbianTransliterator.stripKeepMarkers(latin) : latin;
            }

            @Override
            public String html(String markup) {
                String latin = hasCyrillic(markup) ? h.fragmentToLatin(markup) : markup;
                return latin.contains("-{") ? SerbianTransliterator.stripKeepMarkers(latin) : latin;
            }

            @Override
            public boolean cheapToRepeat() {
                return true; // a text without Cyrillic letters, nearly all of them, is only scanned
            }
        };
    }

    /**
     * Whether {@code text} has a Cyrillic letter (U+0400–U+04FF): a plain scan, several times quicker than a regular
     * expression, for the titles and summaries of every page of every bake.
     */
    static boolean hasCyrillic(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= '\u0400' && c <= '\u04FF') {
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized List<Problem> problems() {
        refresh();
        return problems;
    }
}
