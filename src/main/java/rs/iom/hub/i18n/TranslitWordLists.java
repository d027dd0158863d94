package rs.iom.hub.i18n;

import rs.iom.hub.content.SourceFiles;
import rs.iom.hub.layout.SiteLayout;
import rs.iom.hub.problem.Problem;
import rs.iom.hub.translit.CyrillicAcronyms;
import rs.iom.hub.translit.DictionaryProblem;
import rs.iom.hub.translit.KeepLatinDictionary;
import rs.iom.hub.translit.SerbianTransliterator;
import rs.iom.hub.translit.Transcriptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The site's word lists for the Cyrillic edition, in the data folder, read together into one transliterator: the
 * words kept in Latin ({@value #KEEP_LATIN}, the site's own, and {@value #INTERNATIONAL}, the shipped list of
 * international organisations, programmes and brands), the acronyms Serbian writes in Cyrillic
 * ({@value #CYRILLIC_ACRONYMS}) and the site's transcriptions ({@value #TRANSCRIPTIONS}). A missing file is an empty
 * list; a bad line is a warning naming the file and line, and the other lines are still used. Shared by the
 * editions ({@link SerbianScriptConverters}) and {@code hub translit}.
 */
public final class TranslitWordLists {
    /** Names, acronyms and brands of the site kept in Latin letters. */
    public static final String KEEP_LATIN = "translit/keep-latin.txt";
    /** International organisations, programmes and brands kept in Latin letters (shipped, editable). */
    public static final String INTERNATIONAL = "translit/international-names.txt";
    /** Acronyms Serbian writes in Cyrillic (NATO → НАТО). */
    public static final String CYRILLIC_ACRONYMS = "translit/cyrillic-acronyms.txt";
    /** Foreign names the site writes in Cyrillic (Facebook → Фејсбук). */
    public static final String TRANSCRIPTIONS = "translit/transcriptions.txt";

    private static final List<String> FILES = List.of(KEEP_LATIN, INTERNATIONAL, CYRILLIC_ACRONYMS, TRANSCRIPTIONS);

    /** The transliterator the lists make, and the problems found in them. */
    public record Loaded(SerbianTransliterator transliterator, List<Problem> problems) {
        public Loaded {
            Objects.requireNonNull(transliterator, "transliterator");
            problems = List.copyOf(problems);
        }
    }

    private TranslitWordLists() {
    }

    /** The site-relative paths of the lists in a site with {@code layout}. */
    public static List<String> files(SiteLayout layout) {
        Objects.requireNonNull(layout, "layout");
        return FILES.stream().map(file -> layout.dataPrefix() + file).toList();
    }

    /** Reads the lists of the site in {@code site}. */
    public static Loaded load(Path site, SiteLayout layout) {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(layout, "layout");
        List<Problem> problems = new ArrayList<>();
        String prefix = layout.dataPrefix();
        KeepLatinDictionary keep = read(site, layout, prefix + KEEP_LATIN, problems)
                .map(text -> KeepLatinDictionary.parse(text, prefix + KEEP_LATIN)).orElse(KeepLatinDictionary.empty());
        KeepLatinDictionary international = read(site, layout, prefix + INTERNATIONAL, problems)
                .map(text -> KeepLatinDictionary.parse(text, prefix + INTERNATIONAL))
                .orElse(KeepLatinDictionary.empty());
        CyrillicAcronyms acronyms = read(site, layout, prefix + CYRILLIC_ACRONYMS, problems)
                .map(text -> CyrillicAcronyms.parse(text, prefix + CYRILLIC_ACRONYMS)).orElse(CyrillicAcronyms.empty());
        Transcriptions transcriptions = read(site, layout, prefix + TRANSCRIPTIONS, problems)
                .map(text -> Transcriptions.parse(text, prefix + TRANSCRIPTIONS)).orElse(Transcriptions.empty());
        String keepHint = "one entry per line: a name, acronym or brand written in Latin letters";
        report(keep.problems(), keepHint, problems);
        report(international.problems(), keepHint, problems);
        report(acronyms.problems(), "one acronym per line, in Latin capitals as the Latin text writes it, e.g. NATO",
                problems);
        report(transcriptions.problems(), "one name per line: the Latin spelling, an arrow and the Cyrillic one, "
                + "e.g. Facebook → Фејсбук", problems);
        return new Loaded(SerbianTransliterator.withWordLists(keep.with(international), acronyms, transcriptions),
                problems);
    }

    private static void report(List<DictionaryProblem> found, String hint, List<Problem> problems) {
        for (DictionaryProblem p : found) {
            problems.add(Problem.warning(p.sourceName(), p.line(), 1, p.message(), hint));
        }
    }

    private static Optional<String> read(Path site, SiteLayout layout, String file, List<Problem> problems) {
        Optional<Problem> unsafe = SourceFiles.check(site, layout, file);
        if (unsafe.isPresent()) { // never read through a link out of data/ (or from a device)
            problems.add(unsafe.get());
            return Optional.empty();
        }
        Path path = site.resolve(file);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            problems.add(Problem.error(file, 0, 0, "the word list cannot be read: " + e.getMessage(),
                    "save it as UTF-8 text"));
            return Optional.empty();
        }
    }

    /** A stamp that changes when any of the lists changes (their modification times). */
    static String stamp(Path site, SiteLayout layout) {
        StringBuilder stamp = new StringBuilder();
        for (String file : files(layout)) {
            Path path = site.resolve(file);
            try {
                stamp.append(Files.isRegularFile(path) ? Files.getLastModifiedTime(path).toMillis() : -1).append(';');
            } catch (IOException e) {
                stamp.append("?;");
            }
        }
        return stamp.toString();
    }
}
