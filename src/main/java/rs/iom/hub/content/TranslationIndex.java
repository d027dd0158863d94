package rs.iom.hub.content;

import rs.iom.hub.problem.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Links the language versions of each page through their shared {@code translationKey}, and reports keys used twice
 * in one language and pages that lack a version in another language.
 */
public final class TranslationIndex {
    private final Map<String, Map<String, Document>> byKey;
    private final List<Problem> problems;

    private TranslationIndex(Map<String, Map<String, Document>> byKey, List<Problem> problems) {
        this.byKey = byKey;
        this.problems = List.copyOf(problems);
    }

    /**
     * A language version that exists as a file but is not part of this bake: a draft, a news item dated in the
     * future, or a file with errors (whose key was read from its text).
     *
     * @param source         the file
     * @param language       its language
     * @param translationKey its key
     * @param hasErrors      the file has errors of its own (they are reported; its absence is not)
     * @param line           the line of its translation key
     * @param state          why it is not published: "draft", "scheduled", or "" for a file with errors
     */
    public record Unpublished(String source, String language, String translationKey, boolean hasErrors, int line,
                              String state) {
        public Unpublished {
            Objects.requireNonNull(state, "state");
        }

        /** A file with errors (or, without errors, one whose state does not matter). */
        public Unpublished(String source, String language, String translationKey, boolean hasErrors) {
            this(source, language, translationKey, hasErrors, 1, "");
        }
    }

    /**
     * Indexes {@code documents} for the given content languages.
     *
     * @param documents documents of all languages
     * @param languages every content language (a key missing in one of them is reported)
     */
    public static TranslationIndex of(Collection<Document> documents, List<String> languages) {
        return of(documents, languages, List.of());
    }

    /**
     * Indexes {@code documents}; a version missing from them but present among {@code unpublished} is reported as
     * not published yet (a draft or scheduled), or not at all when its file has errors of its own.
     */
    public static TranslationIndex of(Collection<Document> documents, List<String> languages,
                                      Collection<Unpublished> unpublished) {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(languages, "languages");
        Objects.requireNonNull(unpublished, "unpublished");
        List<Document> sorted = new ArrayList<>(documents);
        sorted.sort(Comparator.comparing(Document::source));
        // a hash map for the lookups (every page asks for its translations), walked in key order for the problems
        Map<String, Map<String, Document>> byKey = new java.util.HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Document doc : sorted) {
            Map<String, Document> versions = byKey.computeIfAbsent(doc.translationKey(), k -> new LinkedHashMap<>());
            Document first = versions.get(doc.language());
            if (first != null) {
                problems.add(Problem.error(doc.source(), doc.translationKeyLine(), 1,
                        "the translationKey '" + doc.translationKey() + "' is already used by " + first.source(),
                        "each page needs its own key; the same key may only link versions in different languages"));
                continue;
            }
            versions.put(doc.language(), doc);
        }
        List<String> keys = new ArrayList<>(byKey.keySet());
        Collections.sort(keys);
        for (String key : keys) {
            Map.Entry<String, Map<String, Document>> entry = Map.entry(key, byKey.get(key));
            Map<String, Document> versions = entry.getValue();
            Document any = versions.values().iterator().next();
            for (Document doc : versions.values()) {
                if (doc.type() != any.type()) {
                    problems.add(Problem.warning(doc.source(), doc.translationKeyLine(), 1,
                            "this " + doc.type().key() + " and its translation " + any.source() + " (a "
                                    + any.type().key() + ") should have the same type",
                            "give both files the same 'type'"));
                }
            }
            for (String language : languages) {
                if (!versions.containsKey(language)) {
                    Optional<Unpublished> waiting = unpublished.stream()
                            .filter(u -> u.language().equals(language) && u.translationKey().equals(entry.getKey()))
                            .min(Comparator.comparing(Unpublished::source));
                    if (waiting.isPresent() && waiting.get().hasErrors()) {
                        continue; // that file's own errors are reported: fixing them links the versions
                    }
                    for (Document doc : versions.values()) {
                        if (waiting.isPresent()) {
                            problems.add(Problem.warning(doc.source(), doc.translationKeyLine(), 1,
                                    "the '" + language + "' version of this page (" + waiting.get().source()
                                            + ") is not published yet",
                                    "until it is published (status: published, dated today or earlier) the language "
                                            + "switcher leads to the " + language + " home page"));
                            continue;
                        }
                        problems.add(Problem.warning(doc.source(), doc.translationKeyLine(), 1,
                                "there is no '" + language + "' version of this page (translationKey '"
                                        + entry.getKey() + "')",
                                "add a file under content/" + language + "/ with 'translationKey: " + entry.getKey()
                                        + "'; until then the language switcher leads to the " + language
                                        + " home page"));
                    }
                }
            }
        }
        problems.addAll(unpublishedWithoutTranslation(byKey, languages, unpublished));
        for (String key : keys) {
            problems.addAll(differingVersions(byKey.get(key), languages));
        }
        Map<String, Map<String, Document>> frozen = new java.util.HashMap<>();
        byKey.forEach((k, v) -> frozen.put(k, Collections.unmodifiableMap(v)));
        return new TranslationIndex(Collections.unmodifiableMap(frozen), problems);
    }

    /**
     * A draft or scheduled news item is not published, but its translation is still missing: it is said now, not
     * on the day it is published ({@code hub check} before publishing shows it).
     */
    private static List<Problem> unpublishedWithoutTranslation(Map<String, Map<String, Document>> byKey,
                                                               List<String> languages,
                                                               Collection<Unpublished> unpublished) {
        List<Problem> problems = new ArrayList<>();
        java.util.Set<String> waitingVersions = new java.util.HashSet<>();
        unpublished.forEach(u -> waitingVersions.add(u.language() + "\u0000" + u.translationKey()));
        for (Unpublished waiting : unpublished) {
            if (waiting.hasErrors() || waiting.state().isEmpty()) {
                continue;
            }
            for (String language : languages) {
                boolean present = language.equals(waiting.language())
                        || byKey.getOrDefault(waiting.translationKey(), Map.of()).containsKey(language)
                        || waitingVersions.contains(language + "\u0000" + waiting.translationKey());
                if (!present) {
                    String what = waiting.state().equals("draft") ? "this draft" : "this news item, dated in the future";
                    problems.add(Problem.warning(waiting.source(), waiting.line(), 1,
                            "there is no '" + language + "' version of " + what + " (translationKey '"
                                    + waiting.translationKey() + "')",
                            "add a file under content/" + language + "/ with 'translationKey: "
                                    + waiting.translationKey() + "' before this one is published; until then the "
                                    + "language switcher will lead to the " + language + " home page"));
                }
            }
        }
        return problems;
    }

    /**
     * Language versions that disagree where they should not: news items with different dates (the lists of the two
     * languages would date one event differently), or the same title (the version was copied and not translated yet).
     */
    private static List<Problem> differingVersions(Map<String, Document> versions, List<String> languages) {
        List<Problem> problems = new ArrayList<>();
        if (versions.size() < 2) {
            return problems; // nothing to compare (most pages of a site that is not translated yet)
        }
        Document first = null;
        for (String language : languages) {
            first = versions.get(language);
            if (first != null) {
                break;
            }
        }
        if (first == null) {
            return problems;
        }
        for (Document doc : versions.values()) {
            if (doc == first) {
                continue;
            }
            if (doc.isNews() && first.isNews() && !doc.date().equals(first.date())) {
                problems.add(Problem.warning(doc.source(), doc.line("date"), 1, "this version is dated " + doc.date() + ", but its '"
                                + first.language() + "' version (" + first.source() + ") is dated " + first.date(),
                        "give both versions the same 'date:' (the news lists of both languages show it)"));
            }
            if (doc.title().strip().equalsIgnoreCase(first.title().strip())) {
                problems.add(Problem.warning(doc.source(), doc.line("title"), 1, "the title '" + doc.title() + "' is the same as that "
                                + "of the '" + first.language() + "' version (" + first.source() + "): is this version "
                                + "translated?",
                        "translate the title (and the text) of this version into '" + doc.language() + "'"));
            }
        }
        return problems;
    }

    /** The version of {@code doc} in {@code language}, if there is one ({@code doc} itself for its own language). */
    public Optional<Document> translation(Document doc, String language) {
        Map<String, Document> versions = byKey.get(doc.translationKey());
        return versions == null ? Optional.empty() : Optional.ofNullable(versions.get(language));
    }

    /** All versions sharing {@code translationKey}, by language. */
    public Map<String, Document> versions(String translationKey) {
        return byKey.getOrDefault(translationKey, Map.of());
    }

    /** Duplicate keys (errors) and missing translations (warnings). */
    public List<Problem> problems() {
        return problems;
    }
}
