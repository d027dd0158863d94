package rs.iom.hub.pipeline;

import rs.iom.hub.layout.SiteLayout;

import rs.iom.hub.content.Attachments;
import rs.iom.hub.content.ContentFiles;
import rs.iom.hub.content.DocumentReader;
import rs.iom.hub.content.SourceFiles;
import rs.iom.hub.i18n.Edition;
import rs.iom.hub.images.ImageProbe;
import rs.iom.hub.images.SourceImage;
import rs.iom.hub.i18n.MessageFiles;
import rs.iom.hub.i18n.Messages;
import rs.iom.hub.i18n.TextConverters;
import rs.iom.hub.site.EditionContext;
import rs.iom.hub.site.SupportersFile;
import rs.iom.hub.problem.Problem;
import rs.iom.hub.problem.Problems;
import rs.iom.hub.site.SiteConfig;
import rs.iom.hub.site.SiteSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.concurrent.ConcurrentHashMap;

/**
 * The read stage: a {@link SiteFolder} becomes a {@link ReadSite}. Reads the settings, the message files, lists every
 * source folder (never following a link out of it) and reads every content file in parallel, re-using the results of
 * unchanged files from a {@link DocumentCache} (found by size and time, or by content). Every problem goes to the
 * run's {@link Problems}.
 */
public final class SiteReader {
    private final DocumentCache cache;
    private final TextConverters converters;

    public SiteReader(DocumentCache cache, TextConverters converters) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.converters = Objects.requireNonNull(converters, "converters");
    }

    /** Reads everything; empty when the settings or message files are too broken to go on. */
    public Optional<ReadSite> read(SiteFolder folder, Problems problems) {
        Objects.requireNonNull(folder, "folder");
        Path site = folder.path();
        SiteSettings.Result settings = SiteSettings.read(folder.properties(), site, folder.overrides());
        problems.addAll(settings.problems());
        if (settings.config().isEmpty()) {
            return Optional.empty();
        }
        SiteConfig config = settings.config().get();
        List<String> languages = config.languages();
        SiteLayout layout = config.layout();
        MessageFiles.Result messageFiles = MessageFiles.load(site, layout, languages);
        problems.addAll(messageFiles.problems());
        if (messageFiles.messages().size() < languages.size()) {
            return Optional.empty();
        }
        problems.addAll(converters.problems());
        SupportersFile.Result supporters = SupportersFile.load(site, layout, languages);
        problems.addAll(supporters.problems());
        List<EditionContext> editions = new ArrayList<>();
        Map<String, String> newsFolders = new LinkedHashMap<>();
        try {
            for (Edition edition : config.editions()) {
                Messages messages = messageFiles.messages().get(edition.language());
                EditionContext context = EditionContext.of(edition, messages, converters.forEdition(edition));
                Messages overlay = messageFiles.editionOverlays().get(edition.id());
                editions.add((overlay == null ? context : context.withOverlay(overlay))
                        .withSupporters(supporters.byLanguage().get(edition.language())));
                newsFolders.putIfAbsent(edition.language(), messages.text("path.news"));
            }
        } catch (RuntimeException e) {
            problems.add(Problem.error(layout.dataPrefix() + MessageFiles.FOLDER, 0, 0, e.getMessage(),
                    "complete the message files"));
            return Optional.empty();
        }

        Map<String, SourceFiles.Listing> listings = listSourceFolders(site, layout, problems);
        Map<String, List<String>> folders = new LinkedHashMap<>();
        listings.forEach((name, listing) -> folders.put(name, listing.files()));
        SourceFiles.Listing content = listings.get(layout.content());
        List<String> contentFiles = folders.get(layout.content());
        List<String> markdown = contentFiles.stream().filter(ContentFiles::isMarkdown).toList();
        List<String> attachments = contentFiles.stream().filter(p -> !ContentFiles.isMarkdown(p)).toList();
        List<Problem> refused = attachments.parallelStream().map(source -> Attachments.check(site, source))
                .flatMap(Optional::stream).toList();
        problems.addAll(refused);
        Set<String> refusedFiles = new HashSet<>();
        refused.forEach(problem -> refusedFiles.add(problem.file()));
        Map<String, SourceImage> images = new java.util.TreeMap<>();
        attachments.parallelStream().filter(SourceImage::isProcessed).filter(source -> !refusedFiles.contains(source))
                .map(source -> probe(site, layout, source)).toList()
                .forEach(image -> images.put(image.sitePath(), image));
        cache.retainImages(images.values().stream().map(SourceImage::source).toList());
        DocumentReader reader = new DocumentReader(layout, languages, newsFolders, config.defaultStatus());
        cache.useFor(String.join("\n", CodeStamp.value(), layout.toString(), languages.toString(),
                new java.util.TreeMap<>(newsFolders).toString(), config.defaultStatus().toString()));
        Map<String, DocumentReader.Result> results = new ConcurrentHashMap<>();
        markdown.parallelStream().forEach(source -> results.put(source, read(site, reader, source,
                content.stamp(source).orElse(null))));
        cache.retainOnly(markdown);
        Map<String, DocumentReader.Result> inOrder = new LinkedHashMap<>();
        for (String source : markdown) {
            DocumentReader.Result result = results.get(source);
            problems.addAll(result.problems());
            inOrder.put(source, result);
        }
        Map<String, Long> downloads = downloads(site, layout, attachments.stream()
                .filter(source -> !refusedFiles.contains(source)).toList(), folders.get(layout.assets()));
        return Optional.of(new ReadSite(config, editions, inOrder, attachments, folders.get(layout.assets()),
                folders.get(layout.templates()), images, downloads));
    }

    /**
     * Lists every source folder without following links out of it, adding the problems with links (once: the message
     * files and the site dictionary, read before, may have reported a link already).
     */
    private static Map<String, SourceFiles.Listing> listSourceFolders(Path site, SiteLayout layout,
                                                                     Problems problems) {
        Set<Problem> reported = new HashSet<>(problems.sorted());
        Map<String, SourceFiles.Listing> folders = new LinkedHashMap<>();
        for (String folder : layout.folders()) {
            SourceFiles.Listing listing = SourceFiles.list(site, folder);
            listing.problems().stream().filter(reported::add).forEach(problems::add);
            folders.put(folder, listing);
        }
        return folders;
    }

    /**
     * The size of every document and archive among {@code attachments} and {@code assets}, by the path it is published
     * at (from the file's attributes: nothing is read). A file that cannot be read has no size (the copy reports it).
     */
    private static Map<String, Long> downloads(Path site, SiteLayout layout, List<String> attachments,
                                               List<String> assets) {
        Map<String, Long> sizes = new java.util.TreeMap<>();
        for (List<String> files : List.of(assets, attachments)) {
            for (String source : files) {
                if (Attachments.documentType(source).isPresent()) {
                    try {
                        sizes.put(layout.publishedPath(source), Files.size(site.resolve(source)));
                    } catch (IOException e) {
                        // not published either: FileCopier reports it
                    }
                }
            }
        }
        return sizes;
    }

    /** What the picture {@code source} is, probed anew only when its size or time changed since the last bake. */
    private SourceImage probe(Path site, SiteLayout layout, String source) {
        Path file = site.resolve(source);
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            String stamp = attributes.size() + ":" + attributes.lastModifiedTime().toMillis();
            SourceImage known = cache.image(source, stamp);
            if (known != null) {
                return known;
            }
            SourceImage image = ImageProbe.probe(source, layout.publishedPath(source), Files.readAllBytes(file));
            cache.putImage(source, stamp, image);
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /** @param stamp the file's size and time as the listing found them, or null (a file reached through a link) */
    private DocumentReader.Result read(Path site, DocumentReader reader, String source, SourceFiles.Stamp stamp) {
        Path file = site.resolve(source);
        try {
            if (stamp == null) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                stamp = new SourceFiles.Stamp(attributes.size(), attributes.lastModifiedTime().toMillis());
            }
            long size = stamp.size();
            long modified = stamp.modified();
            DocumentReader.Result cached = cache.get(source, size, modified);
            if (cached != null) {
                return cached;
            }
            byte[] bytes = Files.readAllBytes(file);
            DocumentReader.Result result = cache.getByContent(source, bytes);
            if (result == null) {
                result = reader.read(source, bytes);
            }
            cache.put(source, size, modified, result);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }
}
