package rs.iom.hub.admin;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import rs.iom.hub.content.DocumentReader;
import rs.iom.hub.content.DocumentStatus;
import rs.iom.hub.content.DocumentType;
import rs.iom.hub.i18n.Messages;
import rs.iom.hub.site.SiteConfig;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The configuration of the browser editor at {@code /admin/} (Sveltia CMS, {@code assets/admin/config.yml}), made
 * from the site's own content model so that the editor can never ask for something {@code hub check} refuses, nor
 * miss a field it knows: the languages and their news folder come from {@code jbake.properties} and the message
 * files, the fields and their rules from {@link DocumentReader#FIELDS}, {@link DocumentType} and
 * {@link DocumentStatus}. A field of the content model this class does not know is an error, so that adding one
 * without teaching the editor fails the build's tests rather than the staff.
 *
 * <p>Why the layout looks as it does: the editor edits the Serbian and the English version of an item side by side
 * and keeps them in one folder per language with the same sub-folder ({@code content/{{locale}}/vesti}); hub reads
 * English news there too and publishes them under {@code en/news/}. The two versions share the {@code translationKey}
 * the editor writes itself (its "canonical slug"). The Cyrillic edition is generated from the Serbian files, so it
 * is not a language of the editor. Uploaded pictures go to {@code content/media/}, which hub checks and publishes
 * like any file beside a page, at {@code /media/}.
 */
public final class EditorConfig {
    /** Where the configuration is kept: published with the assets, at {@code /admin/config.yml}. */
    public static final String FILE = "admin/config.yml";
    /** Where uploaded pictures go, inside the content folder. */
    public static final String MEDIA = "media";

    private static final String DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";

    /** The setting of jbake.properties that names an OAuth authenticator for "Sign In with GitHub". */
    public static final String AUTH_URL_SETTING = "hub.editor.auth-url";

    private final SiteConfig config;
    private final Map<String, Messages> messages;
    private final String authUrl;

    /**
     * @param config   the site's settings (jbake.properties)
     * @param messages the message files, by language
     * @param authUrl  the address of the organisation's OAuth authenticator ({@value #AUTH_URL_SETTING}); empty
     *                 for none: staff then sign in with a GitHub access token, which needs no server
     */
    public EditorConfig(SiteConfig config, Map<String, Messages> messages, String authUrl) {
        this.config = Objects.requireNonNull(config, "config");
        this.messages = Map.copyOf(Objects.requireNonNull(messages, "messages"));
        this.authUrl = Objects.requireNonNull(authUrl, "authUrl").strip();
    }

    /** The configuration as YAML text, the same bytes for the same site. */
    public String yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setWidth(120);
        options.setSplitLines(false);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        return "# Made by 'hub admin-config' from jbake.properties, the message files (data/i18n) and the content model\n"
                + "# that 'hub check' applies. Do not edit: run './hub admin-config' again (a test fails when it is stale).\n"
                + new Yaml(options).dump(model());
    }

    /** The configuration as maps and lists, in the order it is written. */
    public Map<String, Object> model() {
        List<String> languages = config.languages();
        String defaultLanguage = config.defaultEdition().language();
        String content = config.layout().content();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("backend", backend());
        root.put("site_url", config.baseUrl());
        root.put("app_title", messages.get(defaultLanguage).text("site.shortName"));
        root.put("publish_mode", "simple");
        root.put("media_folder", content + "/" + MEDIA);
        root.put("public_folder", "/" + MEDIA);
        Map<String, Object> i18n = new LinkedHashMap<>();
        i18n.put("structure", "multiple_folders");
        i18n.put("locales", languages);
        i18n.put("default_locale", defaultLanguage);
        i18n.put("canonical_slug", map("key", "translationKey")); // its value: the Serbian file name
        root.put("i18n", i18n);
        root.put("slug", map("encoding", "ascii", "clean_accents", true, "sanitize_replacement", "-"));
        root.put("output", map("omit_empty_optional_fields", true));
        String newsFolder = messages.get(languages.get(0)).text("path.news");
        root.put("collections", List.of(
                collection(DocumentType.NEWS, content + "/{{locale}}/" + newsFolder,
                        "{{fields.date | date('YYYY')}}/{{slug}}"),
                collection(DocumentType.PAGE, content + "/{{locale}}", null)));
        return root;
    }

    private Map<String, Object> backend() {
        Map<String, Object> backend = new LinkedHashMap<>();
        backend.put("name", "github");
        String[] repo = repository(config.editUrl());
        backend.put("repo", repo[0]);
        backend.put("branch", repo[1]);
        if (!authUrl.isEmpty()) {
            backend.put("base_url", authUrl);
        }
        return backend;
    }

    /**
     * The repository and branch named by the "Edit this page" address of jbake.properties
     * ({@code https://github.com/OWNER/REPO/edit/BRANCH/}).
     */
    static String[] repository(String editUrl) {
        URI uri = URI.create(Objects.requireNonNull(editUrl, "editUrl"));
        List<String> parts = Arrays.stream(uri.getPath().split("/")).filter(s -> !s.isEmpty()).toList();
        if (!"github.com".equals(uri.getHost()) || parts.size() < 4 || !parts.get(2).equals("edit")) {
            throw new IllegalArgumentException("hub.edit.url must be a GitHub web-editor address such as "
                    + "https://github.com/OWNER/REPO/edit/main/, not '" + editUrl + "'");
        }
        return new String[]{parts.get(0) + "/" + parts.get(1), String.join("/", parts.subList(3, parts.size()))};
    }

    private Map<String, Object> collection(DocumentType type, String folder, String path) {
        Map<String, Object> collection = new LinkedHashMap<>();
        boolean news = type == DocumentType.NEWS;
        collection.put("name", news ? "news" : "pages");
        collection.put("label", news ? "News items" : "Project pages");
        collection.put("label_singular", news ? "News item" : "Project page");
        collection.put("folder", folder);
        if (path != null) {
            collection.put("path", path);
        }
        collection.put("extension", "md");
        collection.put("format", "yaml-frontmatter");
        collection.put("i18n", true);
        collection.put("create", true);
        collection.put("slug", map("template", "{{title}}", "i18n", true));
        collection.put("summary", news ? "{{date}} – {{title}} ({{status}})" : "{{title}}");
        collection.put("sortable_fields", news ? List.of("date", "title") : List.of("title", "menu"));
        collection.put("fields", fields(type));
        return collection;
    }

    /** The fields of {@code type}: every field of the content model that applies to it, then the text. */
    List<Map<String, Object>> fields(DocumentType type) {
        List<Map<String, Object>> fields = new ArrayList<>();
        for (String name : DocumentReader.FIELDS) {
            Map<String, Object> field = field(name, type);
            if (field != null) {
                fields.add(field);
            }
        }
        fields.add(field("body", "Text", "markdown", true, true,
                "Start subheadings with ##: the title is already the main heading."));
        return fields;
    }

    /** The editor's field for the front-matter field {@code name}; null for one the editor writes itself. */
    private Map<String, Object> field(String name, DocumentType type) {
        switch (name) {
            case "title" -> {
                return field(name, "Title", "string", true, true, null);
            }
            case "date" -> {
                Map<String, Object> field = field(name, "Date", "datetime", true, "duplicate",
                        "Publication date. A news item dated in the future appears on that day.");
                field.put("type", "date");
                field.put("format", "YYYY-MM-DD");
                field.put("default", "{{now}}");
                field.put("pattern", List.of(DATE_PATTERN, "Write the date as YYYY-MM-DD."));
                return field;
            }
            case "type" -> {
                Map<String, Object> field = new LinkedHashMap<>();
                field.put("name", name);
                field.put("widget", "hidden");
                field.put("default", type.key());
                field.put("i18n", "duplicate");
                return field;
            }
            case "status" -> {
                Map<String, Object> field = field(name, "Status", "select", true, "duplicate",
                        "Draft: saved but not published. Published: on the site after the next build.");
                field.put("options", Arrays.stream(DocumentStatus.values()).map(DocumentStatus::key).toList());
                field.put("default", DocumentStatus.DRAFT.key());
                return field;
            }
            case "translationKey" -> {
                return null; // written by the editor into both versions: i18n.canonical_slug
            }
            case "summary" -> {
                return field(name, "Summary", "text", false, true,
                        "One or two sentences shown in lists and search results.");
            }
            case "tags" -> {
                return field(name, "Tags", "list", false, true, "Words that group items, e.g. steering board.");
            }
            case "image" -> {
                return field(name, "Picture", "image", false, "duplicate",
                        "Optional. Shown with the item and when it is shared.");
            }
            case "imageAlt" -> {
                return field(name, "Picture description", "string", false, true,
                        "Required when there is a picture: what it shows, for readers who cannot see it.");
            }
            case "imageCaption" -> {
                return field(name, "Picture caption", "string", false, true,
                        "Optional: shown under the picture.");
            }
            case "imageCredit" -> {
                return field(name, "Picture credit", "string", false, true,
                        "Optional: who took the picture (shown after \"Photo:\").");
            }
            case "menu" -> {
                if (type != DocumentType.PAGE) {
                    return null; // only pages are in the main menu
                }
                Map<String, Object> field = field(name, "Place in the main menu", "number", false, "duplicate",
                        "Optional: 1, 2, 3 … Pages without a number are not in the menu.");
                field.put("value_type", "int");
                field.put("min", 1);
                return field;
            }
            default -> throw new IllegalStateException("the content model has a field '" + name
                    + "' the editor does not know: add it to " + EditorConfig.class.getName());
        }
    }

    private static Map<String, Object> field(String name, String label, String widget, boolean required, Object i18n,
                                             String hint) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("name", name);
        field.put("label", label);
        field.put("widget", widget);
        field.put("required", required);
        field.put("i18n", i18n);
        if (hint != null) {
            field.put("hint", hint);
        }
        return field;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
