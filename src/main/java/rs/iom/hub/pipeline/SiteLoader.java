package rs.iom.hub.pipeline;

import rs.iom.hub.i18n.TextConverters;
import rs.iom.hub.plan.EditionContext;
import org.apache.commons.configuration2.Configuration;
import rs.iom.hub.content.Attachments;
import rs.iom.hub.content.ContentFiles;
import rs.iom.hub.content.ContentLayout;
import rs.iom.hub.content.Document;
import rs.iom.hub.content.DocumentReader;
import rs.iom.hub.problem.Problem;
import rs.iom.hub.problem.Problems;
import rs.iom.hub.content.SourceFiles;
import rs.iom.hub.content.TranslationIndex;
import rs.iom.hub.i18n.Edition;
import rs.iom.hub.i18n.MessageFiles;
import rs.iom.hub.i18n.Messages;
import rs.iom.hub.markdown.MarkdownLink;
import rs.iom.hub.site.SiteConfig;
import rs.iom.hub.site.SiteContent;
import rs.iom.hub.site.SiteSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a site folder: settings, message files, every content file (in parallel, re-using unchanged results from a
 * {@link DocumentCache}), then indexes what is published. All problems go to one {@link Problems} collector.
 */
public final class SiteLoader {
    /** A translation key as written in YAML front matter or JBake's header, read without parsing the file. */
    private static final Pattern DECLARED_KEY =
            Pattern.compile("(?m)^(?:translationKey\\s*:|translation\\s*=)[ \\t]*[\"']?([^\"'\\s#]+)");

    private final Path siteFolder;
    private final DocumentCache cache;
    private final TextConverters converters;

    public SiteLoader(Path siteFolder, DocumentCache cache, TextConverters converters) {
        this.siteFolder = Objects.requireNonNull(siteFolder, "siteFolder");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.converters = Objects.requireNonNull(converters, "converters");
    }

    /** Reads everything; empty when the settings or message files are too broken to go on. */
    public Optional<LoadedSite> load(Configuration properties, SiteSettings.Overrides overrides, Problems problems) {
        SiteSettings.Result settings = SiteSettings.read(properties, siteFolder, overrides);
        problems.addAll(settings.problems());
        if (settings.config().isEmpty()) {
            return Optional.empty();
        }
        SiteConfig config = settings.config().get();
        List<String> languages = config.languages();
        MessageFiles.Result messageFiles = MessageFiles.load(siteFolder, languages);
        problems.addAll(messageFiles.problems());
        if (messageFiles.messages().size() < languages.size()) {
            return Optional.empty();
        }
        problems.addAll(converters.problems());
        List<EditionContext> editions = new ArrayList<>();
        Map<String, String> newsFolders = new LinkedHashMap<>();
        try {
            for (Edition edition : config.editions()) {
                Messages messages = messageFiles.messages().get(edition.language());
                EditionContext context = EditionContext.of(edition, messages, converters.forEdition(edition));
                Optional<Messages> overlay = messageFiles.editionOverlays().get(edition.id()) == null
                        ? Optional.empty() : Optional.of(messageFiles.editionOverlays().get(edition.id()));
                editions.add(overlay.map(context::withOverlay).orElse(context));
                newsFolders.putIfAbsent(edition.language(), messages.text("path.news"));
            }
        } catch (RuntimeException e) {
            problems.add(Problem.error(MessageFiles.FOLDER, 0, 0, e.getMessage(), "complete the message files"));
            return Optional.empty();
        }

        Map<String, List<String>> folders = listSourceFolders(problems);
        List<String> contentFiles = folders.get("content");
        List<String> markdown = contentFiles.stream().filter(ContentFiles::isMarkdown).toList();
        List<String> attachments = contentFiles.stream().filter(p -> !ContentFiles.isMarkdown(p)).toList();
        List<String> assets = folders.get("assets");
        attachments.parallelStream().map(source -> Attachments.check(siteFolder, source))
                .flatMap(Optional::stream).forEach(problems::add);
        DocumentReader reader = new DocumentReader(languages, newsFolders);
        Map<String, DocumentReader.Result> results = new ConcurrentHashMap<>();
        markdown.parallelStream().forEach(source -> results.put(source, read(reader, source)));
        cache.retainOnly(markdown);

        List<Document> documents = new ArrayList<>();
        List<TranslationIndex.Unpublished> withErrors = new ArrayList<>();
        Map<String, List<MarkdownLink>> links = new TreeMap<>();
        for (String source : markdown) {
            DocumentReader.Result result = results.get(source);
            problems.addAll(result.problems());
            result.document().ifPresent(documents::add);
            if (result.document().isEmpty()) {
                unreadableVersion(source, languages).ifPresent(withErrors::add);
            }
            links.put(source, result.links());
        }
        SiteContent content = SiteContent.of(documents, languages, config.today(), config.includeDrafts(),
                withErrors);
        problems.addAll(content.translations().problems());
        return Optional.of(new LoadedSite(config, editions, documents, content, links, attachments, assets,
                folders.get("templates")));
    }

    /**
     * Lists every source folder without following links out of it, adding the problems with links (once: the message
     * files and the site dictionary, read before, may have reported a link already).
     */
    private Map<String, List<String>> listSourceFolders(Problems problems) {
        Set<Problem> reported = new HashSet<>(problems.sorted());
        Map<String, List<String>> folders = new LinkedHashMap<>();
        for (String folder : SourceFiles.FOLDERS) {
            SourceFiles.Listing listing = SourceFiles.list(siteFolder, folder);
            listing.problems().stream().filter(reported::add).forEach(problems::add);
            folders.put(folder, listing.files());
        }
        return folders;
    }

    /** The language and translation key of a file that has errors, as far as its text tells them. */
    private Optional<TranslationIndex.Unpublished> unreadableVersion(String source, List<String> languages) {
        Optional<String> language = ContentLayout.languageOf(source, languages);
        if (language.isEmpty()) {
            return Optional.empty();
        }
        try {
            String text = new String(Files.readAllBytes(siteFolder.resolve(source)), StandardCharsets.UTF_8);
            Matcher key = DECLARED_KEY.matcher(text);
            return key.find() ? Optional.of(new TranslationIndex.Unpublished(source, language.get(), key.group(1),
                    true)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private DocumentReader.Result read(DocumentReader reader, String source) {
        Path file = siteFolder.resolve(source);
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            long size = attributes.size();
            long modified = attributes.lastModifiedTime().toMillis();
            DocumentReader.Result cached = cache.get(source, size, modified);
            if (cached != null) {
                return cached;
            }
            DocumentReader.Result result = reader.read(source, Files.readAllBytes(file));
            cache.put(source, size, modified, result);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }
}
