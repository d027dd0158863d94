package rs.iom.hub.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import rs.iom.hub.jbake.JBakeEngine;
import rs.iom.hub.pipeline.SiteProject;
import rs.iom.hub.content.ContentFiles;
import rs.iom.hub.content.DocumentType;
import rs.iom.hub.content.NewContent;
import rs.iom.hub.problem.Problem;
import rs.iom.hub.content.Slugs;
import rs.iom.hub.site.SiteSettings;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code hub new news|page --title "…"}: creates the language versions of a new news item or page, as drafts with
 * their front matter filled in, and prints their paths.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Creates a new news item or page in every language, as a draft.",
                "Example: hub new news --title \"Obuka za pružaoce usluga u Subotici\""})
public final class NewCommand implements Callable<Integer> {
    private static final Pattern TRANSLATION_KEY = Pattern.compile("(?m)^translationKey:\\s*(\\S+)");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "news or page")
    String kind;

    @Option(names = {"-t", "--title"}, required = true, paramLabel = "TITLE", description = "The title.")
    String title;

    @Option(names = {"-l", "--lang"}, paramLabel = "LANG",
            description = "Language of the title: sr or en (default: the first language of the site).")
    String lang;

    @Option(names = "--translated-title", paramLabel = "TITLE",
            description = "The title in the other language (default: the same title, to translate later).")
    String translatedTitle;

    @Option(names = "--slug", paramLabel = "SLUG", description = "File name without .md (default: from the title).")
    String slug;

    @Option(names = "--menu", paramLabel = "N", description = "For pages: position in the main menu.")
    Integer menu;

    @CommandLine.Mixin
    SiteOption site;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "Date to write (default: today).")
    LocalDate today;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DocumentType type = DocumentType.fromKey(kind).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "KIND must be 'news' or 'page', not '" + kind + "'"));
        if (title.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--title must not be empty");
        }
        if (menu != null && type != DocumentType.PAGE) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--menu only applies to pages");
        }
        SiteProject.Opened opened = SiteProject.open(site.folder(), new JBakeEngine(), new SiteSettings.Overrides(null, today, false));
        if (opened.project().isEmpty()) {
            ProblemPrinter.print(err, opened.problems().stream().filter(Problem::isError).toList());
            return HubCommand.PROBLEMS;
        }
        SiteProject project = opened.project().get();
        List<String> languages = project.config().languages();
        String primary = lang != null ? lang : languages.get(0);
        if (!languages.contains(primary)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--lang must be one of " + String.join(", ", languages) + ", not '" + primary + "'");
        }
        if (slug != null && !Slugs.isSlug(slug)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--slug may only use a-z, 0-9 and '-' ("
                    + "for example '" + Slugs.slugify(slug) + "')");
        }
        LocalDate date = project.config().today();
        String baseSlug = slug != null ? slug : Slugs.slugify(title);
        if (baseSlug.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "the title has no letters or digits to name the file; give --slug");
        }
        String key = uniqueKey(project.folder(), project.config().layout().content(),
                NewContent.translationKey(type, baseSlug, date));

        Map<String, Path> files = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (String language : languages) {
            String languageTitle = language.equals(primary) || translatedTitle == null ? title : translatedTitle;
            String languageSlug = slug != null || language.equals(primary) || translatedTitle == null ? baseSlug
                    : Slugs.slugify(translatedTitle);
            String folder = project.config().layout().contentPrefix() + language + "/"
                    + (type == DocumentType.NEWS
                    // every language's news go in the first language's news folder (content/en/vesti/…), as the
                    // browser editor writes them; each is published under its own language's address (en/news/…)
                    ? project.messages().get(languages.get(0)).text("path.news") + "/" + date.getYear() + "/" : "");
            files.put(language, project.folder().resolve(folder + languageSlug + ".md"));
            titles.put(language, languageTitle);
        }
        List<String> clashes = new ArrayList<>();
        for (Map.Entry<String, Path> entry : files.entrySet()) {
            Path file = entry.getValue();
            if (Files.exists(file)) {
                clashes.add(relative(project.folder(), file));
            } else if (type == DocumentType.NEWS) {
                // the same item in the language's own news folder (content/en/news/…) has the same address
                String language = project.config().layout().contentPrefix() + entry.getKey() + "/";
                String shared = language + project.messages().get(languages.get(0)).text("path.news") + "/";
                String own = language + project.messages().get(entry.getKey()).text("path.news") + "/";
                String path = relative(project.folder(), file);
                if (!shared.equals(own) && path.startsWith(shared)
                        && Files.exists(project.folder().resolve(own + path.substring(shared.length())))) {
                    clashes.add(own + path.substring(shared.length()));
                }
            }
        }
        if (!clashes.isEmpty()) {
            err.println("hub: " + String.join(" and ", clashes) + " already exist" + (clashes.size() == 1 ? "s" : "")
                    + "; nothing was created. Choose another title or give --slug.");
            return HubCommand.PROBLEMS;
        }
        for (Map.Entry<String, Path> entry : files.entrySet()) {
            Files.createDirectories(entry.getValue().getParent());
            Files.writeString(entry.getValue(), NewContent.text(type, titles.get(entry.getKey()), date, key,
                    entry.getKey(), menu), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            out.println(relative(project.folder(), entry.getValue()));
        }
        out.println("Created " + files.size() + " drafts (translationKey: " + key + "). Write the text, preview with "
                + "'hub serve --drafts', and publish by changing 'status: draft' to 'status: published'.");
        out.flush();
        return HubCommand.OK;
    }

    private static String uniqueKey(Path site, String contentFolder, String key) throws IOException {
        List<String> used = new ArrayList<>();
        for (String file : ContentFiles.list(site, contentFolder)) {
            if (ContentFiles.isMarkdown(file)) {
                Matcher m = TRANSLATION_KEY.matcher(new String(Files.readAllBytes(site.resolve(file)),
                        StandardCharsets.UTF_8));
                if (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        String candidate = key;
        for (int n = 2; used.contains(candidate); n++) {
            candidate = key + "-" + n;
        }
        return candidate;
    }

    private static String relative(Path site, Path file) {
        return site.relativize(file).toString().replace('\\', '/');
    }
}
