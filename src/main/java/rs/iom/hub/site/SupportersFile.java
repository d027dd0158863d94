package rs.iom.hub.site;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import rs.iom.hub.content.SourceFiles;
import rs.iom.hub.layout.SiteLayout;
import rs.iom.hub.problem.Problem;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code data/partners.yaml}: the donor and the implementing partners every page's footer shows, with their
 * names in each language, their web sites and, optionally, logo files the staff add under {@code assets/} (SVG or
 * PNG; no logo is ever made up: without one, the name is shown). The file is optional; each mistake in it is a
 * problem with its line.
 *
 * <pre>
 * donor:
 *   support: {sr: Uz podršku Švajcarske, en: With the support of Switzerland}
 *   name: {sr: Švajcarska, en: Switzerland}
 *   url: https://www.eda.admin.ch/belgrade
 * partners:
 *   - name: {sr: Međunarodna organizacija za migracije (IOM), en: International Organization for Migration (IOM)}
 *     url: https://serbia.iom.int/
 *     logo: img/partneri/iom.svg   # optional, a file in assets/
 * </pre>
 */
public final class SupportersFile {
    /** The file, in the data folder. */
    public static final String NAME = "partners.yaml";

    private SupportersFile() {
    }

    /** The supporters by content language, and the problems of the file. */
    public record Result(Map<String, Supporters> byLanguage, List<Problem> problems) {
    }

    /** Reads the file of {@code site} for {@code languages}; no file: no supporters and no problem. */
    public static Result load(Path site, SiteLayout layout, List<String> languages) {
        String name = layout.dataPrefix() + NAME;
        Map<String, Supporters> none = new LinkedHashMap<>();
        languages.forEach(l -> none.put(l, Supporters.NONE));
        if (!Files.exists(site.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
            return new Result(none, List.of());
        }
        Optional<Problem> unsafe = SourceFiles.check(site, layout, name);
        if (unsafe.isPresent()) {
            return new Result(none, List.of(unsafe.get()));
        }
        List<Problem> problems = new ArrayList<>();
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .compose(new StringReader(Files.readString(site.resolve(name), StandardCharsets.UTF_8)));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            problems.add(Problem.error(name, mark == null ? 0 : mark.getLine() + 1, mark == null ? 0
                    : mark.getColumn() + 1, "the file is not valid YAML: " + e.getProblem(), "see the example at "
                    + "the top of the file; quote texts that contain ':' or '#'"));
            return new Result(none, problems);
        } catch (YAMLException | IOException e) {
            problems.add(Problem.error(name, 0, 0, "the file cannot be read: " + e.getMessage(), "save it as UTF-8"));
            return new Result(none, problems);
        }
        Reader reader = new Reader(site, layout, name, languages, problems);
        Map<String, Supporters> byLanguage = root == null ? none : reader.read(root);
        return new Result(problems.isEmpty() ? byLanguage : none, problems);
    }

    /** One reading of the file, collecting its problems. */
    private record Reader(Path site, SiteLayout layout, String file, List<String> languages, List<Problem> problems) {

        Map<String, Supporters> read(Node root) {
            Map<String, Node> top = fields(root, "donor, partners");
            Map<String, String> support = new LinkedHashMap<>();
            Map<String, Supporters.Supporter> donors = new LinkedHashMap<>();
            if (top.containsKey("donor")) {
                Map<String, Node> donor = fields(top.get("donor"), "support, name, url, logo");
                support = perLanguage(donor.get("support"), "support", top.get("donor"));
                donors = supporter(top.get("donor"), donor);
            }
            List<Map<String, Supporters.Supporter>> partners = new ArrayList<>();
            Node list = top.get("partners");
            if (list instanceof SequenceNode sequence) {
                for (Node item : sequence.getValue()) {
                    partners.add(supporter(item, fields(item, "name, url, logo")));
                }
            } else if (list != null) {
                error(list, "'partners' must be a list, each item starting with '- name:'");
            }
            Map<String, Supporters> byLanguage = new LinkedHashMap<>();
            for (String language : languages) {
                Map<String, Supporters.Supporter> finalDonors = donors;
                byLanguage.put(language, new Supporters(support.getOrDefault(language, ""),
                        finalDonors.get(language), partners.stream().map(p -> p.get(language))
                        .filter(java.util.Objects::nonNull).toList()));
            }
            return byLanguage;
        }

        private Map<String, Supporters.Supporter> supporter(Node at, Map<String, Node> fields) {
            Map<String, String> names = perLanguage(fields.get("name"), "name", at);
            String url = text(fields.get("url"));
            if (!url.isEmpty() && !url.matches("(?i)https?://\\S+")) {
                error(fields.get("url"), "the web site '" + url + "' is not an http:// or https:// address");
                url = "";
            }
            String logo = text(fields.get("logo"));
            if (!logo.isEmpty()) {
                String lower = logo.toLowerCase(Locale.ROOT);
                Path file = site.resolve(layout.assetsPrefix() + logo);
                if (!lower.endsWith(".svg") && !lower.endsWith(".png")) {
                    error(fields.get("logo"), "the logo '" + logo + "' must be an SVG or PNG file");
                    logo = "";
                } else if (logo.contains("..") || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    error(fields.get("logo"), "there is no logo file " + layout.assetsPrefix() + logo);
                    logo = "";
                }
            }
            Map<String, Supporters.Supporter> byLanguage = new LinkedHashMap<>();
            for (Map.Entry<String, String> name : names.entrySet()) {
                byLanguage.put(name.getKey(), new Supporters.Supporter(name.getValue(), url, logo));
            }
            return byLanguage;
        }

        /** A text per language ({@code {sr: …, en: …}}); each missing language is a problem. */
        private Map<String, String> perLanguage(Node node, String key, Node owner) {
            Map<String, String> texts = new LinkedHashMap<>();
            if (node == null) {
                error(owner, "'" + key + "' is missing: write it in every language, e.g. " + key + ": {"
                        + String.join(": …, ", languages) + ": …}");
                return texts;
            }
            Map<String, Node> values = fields(node, String.join(", ", languages));
            for (String language : languages) {
                String text = text(values.get(language));
                if (text.isBlank()) {
                    error(node, "'" + key + "' has no text for '" + language + "'");
                } else {
                    texts.put(language, text.strip());
                }
            }
            return texts;
        }

        private Map<String, Node> fields(Node node, String known) {
            Map<String, Node> fields = new LinkedHashMap<>();
            if (!(node instanceof MappingNode mapping)) {
                error(node, "expected fields (" + known + ")");
                return fields;
            }
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    if (!List.of(known.split(", ")).contains(key.getValue())) {
                        error(key, "unknown field '" + key.getValue() + "' (known: " + known + ")");
                    }
                    fields.put(key.getValue(), tuple.getValueNode());
                }
            }
            return fields;
        }

        private String text(Node node) {
            if (node == null) {
                return "";
            }
            if (node instanceof ScalarNode scalar) {
                return scalar.getValue();
            }
            error(node, "expected a text");
            return "";
        }

        private void error(Node node, String message) {
            Mark mark = node.getStartMark();
            problems.add(Problem.error(file, mark.getLine() + 1, mark.getColumn() + 1, message,
                    "see the example at the top of " + file));
        }
    }
}
