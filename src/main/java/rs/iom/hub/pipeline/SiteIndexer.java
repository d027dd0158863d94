package rs.iom.hub.pipeline;

import rs.iom.hub.layout.SiteLayout;

import rs.iom.hub.site.IndexedSite;
import rs.iom.hub.content.ContentLayout;
import rs.iom.hub.content.Document;
import rs.iom.hub.content.DocumentReader;
import rs.iom.hub.content.TranslationIndex;
import rs.iom.hub.markdown.MarkdownLink;
import rs.iom.hub.problem.Problems;
import rs.iom.hub.site.SiteContent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The index stage: a {@link ReadSite} becomes an {@link IndexedSite}. Relates the documents to each other: what is
 * published today in each language, news in date order, tags, years, the menu, and the translations (a file with
 * errors still counts as the version of its language, so that its translation is not reported missing as well).
 */
public final class SiteIndexer {
    /** A translation key as written in YAML front matter or JBake's header, read without parsing the file. */
    private static final Pattern DECLARED_KEY =
            Pattern.compile("(?m)^[ \\t]*(?:translationKey\\s*:|translation\\s*=)[ \\t]*[\"']?([^\"'\\s#]+)");

    private final Path site;

    /** @param site the site folder, to read the translation key of a file with errors */
    public SiteIndexer(Path site) {
        this.site = site;
    }

    public IndexedSite index(ReadSite read, Problems problems) {
        List<String> languages = read.config().languages();
        List<Document> documents = new ArrayList<>();
        List<TranslationIndex.Unpublished> withErrors = new ArrayList<>();
        Map<String, List<MarkdownLink>> links = new TreeMap<>();
        for (Map.Entry<String, DocumentReader.Result> entry : read.documents().entrySet()) {
            String source = entry.getKey();
            DocumentReader.Result result = entry.getValue();
            result.document().ifPresent(documents::add);
            if (result.document().isEmpty()) {
                unreadableVersion(read.config().layout(), source, languages).ifPresent(withErrors::add);
            }
            links.put(source, result.links());
        }
        SiteContent content = SiteContent.of(documents, languages, read.config().today(),
                read.config().includeDrafts(), withErrors);
        problems.addAll(content.translations().problems());
        return new IndexedSite(read.config(), read.editions(), documents, content, links, read.attachments(),
                read.assets(), read.templates(), read.images(), read.downloads());
    }

    /** The language and translation key of a file that has errors, as far as its text tells them. */
    private Optional<TranslationIndex.Unpublished> unreadableVersion(SiteLayout layout, String source,
                                                                     List<String> languages) {
        Optional<String> language = ContentLayout.languageOf(layout, source, languages);
        if (language.isEmpty()) {
            return Optional.empty();
        }
        try {
            String text = new String(Files.readAllBytes(site.resolve(source)), StandardCharsets.UTF_8);
            Matcher key = DECLARED_KEY.matcher(text);
            return key.find() ? Optional.of(new TranslationIndex.Unpublished(source, language.get(), key.group(1),
                    true)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
