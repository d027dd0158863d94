package rs.iom.hub.site;

import rs.iom.hub.content.Document;
import rs.iom.hub.content.DocumentStatus;
import rs.iom.hub.content.Slugs;
import rs.iom.hub.content.TranslationIndex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything a bake publishes, indexed the ways the pages need it: per language the news (newest first), the project
 * pages (in menu order), the home page text, tags and years; translations; previous and next news items.
 * Built once per bake and read by every page, so no page ever re-queries the whole content.
 */
public final class SiteContent {
    /** Newest first; same day: by source path, so that the order never depends on the file system. */
    public static final Comparator<Document> NEWEST_FIRST = Comparator.comparing(Document::date).reversed()
            .thenComparing(Document::source);

    private static final Comparator<Document> MENU_ORDER = Comparator
            .comparing((Document d) -> d.menu().orElse(Integer.MAX_VALUE))
            .thenComparing(Document::title).thenComparing(Document::source);

    private final List<Document> documents;
    private final Map<String, Document> bySource = new HashMap<>();
    private final Map<String, List<Document>> news = new LinkedHashMap<>();
    private final Map<String, List<Document>> pages = new LinkedHashMap<>();
    private final Map<String, Document> homes = new LinkedHashMap<>();
    private final Map<String, List<Tag>> tags = new LinkedHashMap<>();
    private final Map<String, Map<Integer, List<Document>>> years = new LinkedHashMap<>();
    private final Map<String, Integer> newsPosition = new HashMap<>();
    private final TranslationIndex translations;

    private SiteContent(List<Document> documents, List<String> languages,
                        List<TranslationIndex.Unpublished> unpublished) {
        this.documents = List.copyOf(documents);
        for (String language : languages) {
            news.put(language, new ArrayList<>());
            pages.put(language, new ArrayList<>());
        }
        for (Document doc : this.documents) {
            bySource.put(doc.source(), doc);
            if (doc.isHome()) {
                homes.put(doc.language(), doc);
            } else if (doc.isNews()) {
                news.get(doc.language()).add(doc);
            } else {
                pages.get(doc.language()).add(doc);
            }
        }
        for (String language : languages) {
            List<Document> languageNews = news.get(language);
            languageNews.sort(NEWEST_FIRST);
            news.put(language, Collections.unmodifiableList(languageNews));
            for (int i = 0; i < languageNews.size(); i++) {
                newsPosition.put(languageNews.get(i).source(), i);
            }
            List<Document> languagePages = pages.get(language);
            languagePages.sort(MENU_ORDER);
            pages.put(language, Collections.unmodifiableList(languagePages));
            tags.put(language, indexTags(language));
            years.put(language, indexYears(languageNews));
        }
        this.translations = TranslationIndex.of(this.documents, languages, unpublished);
    }

    /**
     * The content published by a bake: drafts only when {@code includeDrafts}; news dated after {@code today} only
     * with drafts (a preview shows what is scheduled).
     */
    public static SiteContent of(Collection<Document> all, List<String> languages, LocalDate today,
                                 boolean includeDrafts) {
        return of(all, languages, today, includeDrafts, List.of());
    }

    /**
     * The content published by a bake, knowing also the files that could not be read ({@code withErrors}): a
     * translation that is only missing because of them, or because it is a draft, is not reported as missing.
     */
    public static SiteContent of(Collection<Document> all, List<String> languages, LocalDate today,
                                 boolean includeDrafts, Collection<TranslationIndex.Unpublished> withErrors) {
        Objects.requireNonNull(all, "all");
        Objects.requireNonNull(languages, "languages");
        Objects.requireNonNull(today, "today");
        List<Document> visible = new ArrayList<>();
        List<TranslationIndex.Unpublished> unpublished = new ArrayList<>(withErrors);
        for (Document doc : all) {
            if (!languages.contains(doc.language())) {
                continue;
            }
            if (includeDrafts || isPublishedBy(doc, today)) {
                visible.add(doc);
            } else {
                unpublished.add(new TranslationIndex.Unpublished(doc.source(), doc.language(), doc.translationKey(),
                        false, doc.translationKeyLine(),
                        doc.status() == rs.iom.hub.content.DocumentStatus.DRAFT ? "draft" : "scheduled"));
            }
        }
        visible.sort(Comparator.comparing(Document::source));
        return new SiteContent(visible, languages, unpublished);
    }

    /** Published and not dated in the future. */
    public static boolean isPublishedBy(Document doc, LocalDate today) {
        return doc.status() == DocumentStatus.PUBLISHED && !doc.date().isAfter(today);
    }

    private List<Tag> indexTags(String language) {
        Map<String, String> names = new TreeMap<>();
        Map<String, List<Document>> docs = new TreeMap<>();
        // the news, already newest first, then the other pages: sorting that is a merge of a short run into a long one
        List<Document> tagged = new ArrayList<>();
        for (Document doc : news.get(language)) {
            if (!doc.tags().isEmpty()) {
                tagged.add(doc);
            }
        }
        for (Document doc : documents) {
            boolean inNews = doc.isNews() && !doc.isHome(); // as the constructor sorts them
            if (!inNews && doc.language().equals(language) && !doc.tags().isEmpty()) {
                tagged.add(doc);
            }
        }
        tagged.sort(NEWEST_FIRST);
        for (Document doc : tagged) {
            for (String tag : doc.tags()) {
                String slug = Slugs.slugify(tag);
                names.merge(slug, tag, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                List<Document> list = docs.computeIfAbsent(slug, s -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != doc) {
                    list.add(doc);
                }
            }
        }
        List<Tag> result = new ArrayList<>();
        names.forEach((slug, name) -> result.add(new Tag(name, slug, docs.get(slug))));
        return Collections.unmodifiableList(result);
    }

    private static Map<Integer, List<Document>> indexYears(List<Document> newestFirst) {
        Map<Integer, List<Document>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (Document doc : newestFirst) {
            byYear.computeIfAbsent(doc.date().getYear(), y -> new ArrayList<>()).add(doc);
        }
        Map<Integer, List<Document>> frozen = new LinkedHashMap<>();
        byYear.forEach((y, list) -> frozen.put(y, Collections.unmodifiableList(list)));
        return Collections.unmodifiableMap(frozen);
    }

    /** Every published document, by source path. */
    public List<Document> documents() {
        return documents;
    }

    public Optional<Document> bySource(String source) {
        return Optional.ofNullable(bySource.get(source));
    }

    /** News of {@code language}, newest first. */
    public List<Document> news(String language) {
        return news.getOrDefault(language, List.of());
    }

    /** Project pages of {@code language} (not the home page), in menu order. */
    public List<Document> pages(String language) {
        return pages.getOrDefault(language, List.of());
    }

    /** Pages of {@code language} that appear in the menu (they have a {@code menu} number), in menu order. */
    public List<Document> menu(String language) {
        return pages(language).stream().filter(d -> d.menu().isPresent()).toList();
    }

    /** The home page text ({@code content/<language>/index.md}), if written. */
    public Optional<Document> home(String language) {
        return Optional.ofNullable(homes.get(language));
    }

    /** Tags of {@code language}, by slug. */
    public List<Tag> tags(String language) {
        return tags.getOrDefault(language, List.of());
    }

    /** News of {@code language} by year, newest year first. */
    public Map<Integer, List<Document>> years(String language) {
        return years.getOrDefault(language, Map.of());
    }

    /** The news item published just before {@code doc} in its language. */
    public Optional<Document> older(Document doc) {
        Integer i = newsPosition.get(doc.source());
        List<Document> list = news(doc.language());
        return i == null || i + 1 >= list.size() ? Optional.empty() : Optional.of(list.get(i + 1));
    }

    /** The news item published just after {@code doc} in its language. */
    public Optional<Document> newer(Document doc) {
        Integer i = newsPosition.get(doc.source());
        return i == null || i == 0 ? Optional.empty() : Optional.of(news(doc.language()).get(i - 1));
    }

    public TranslationIndex translations() {
        return translations;
    }
}
