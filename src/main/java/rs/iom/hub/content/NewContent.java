package rs.iom.hub.content;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The text of a new content file, as {@code hub new} writes it: front matter with every field filled in (status
 * draft) and a short instruction in an HTML comment where the text goes (comments never reach the site).
 */
public final class NewContent {
    private NewContent() {
    }

    /**
     * @param type           news or page
     * @param title          the title, any text (quoted as YAML needs)
     * @param date           the date
     * @param translationKey the key shared with the other language version
     * @param language       {@code sr} or {@code en}, for the instruction's language
     * @param menu           menu position for pages, or null
     */
    public static String text(DocumentType type, String title, LocalDate date, String translationKey,
                              String language, Integer menu) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(translationKey, "translationKey");
        StringBuilder sb = new StringBuilder("---\n");
        sb.append(yamlField("title", title));
        sb.append("date: ").append(date).append('\n');
        sb.append("type: ").append(type.key()).append('\n');
        sb.append("status: draft\n");
        sb.append("translationKey: ").append(translationKey).append('\n');
        sb.append("summary:\n");
        if (type == DocumentType.NEWS) {
            sb.append("tags: []\n");
        }
        if (menu != null) {
            sb.append("menu: ").append(menu).append('\n');
        }
        sb.append("---\n\n");
        sb.append(language.equals("sr")
                ? "<!-- Ovde napišite tekst. Pasuse odvojite praznim redom; ## Podnaslov; **podebljano**; "
                  + "[tekst linka](adresa). Kada je tekst spreman, promenite 'status: draft' u 'status: published'. -->\n"
                : "<!-- Write the text here. Separate paragraphs with a blank line; ## Subheading; **bold**; "
                  + "[link text](address). When it is ready, change 'status: draft' to 'status: published'. -->\n");
        return sb.toString();
    }

    private static String yamlField(String key, String value) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(Integer.MAX_VALUE);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        Map<String, Object> one = new LinkedHashMap<>();
        one.put(key, value);
        return new Yaml(options).dump(one);
    }

    /** The default translation key of a new item: its slug (news: prefixed with the date). */
    public static String translationKey(DocumentType type, String slug, LocalDate date) {
        return type == DocumentType.NEWS ? date + "-" + slug : slug;
    }

}
