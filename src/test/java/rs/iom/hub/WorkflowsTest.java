package rs.iom.hub;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import rs.iom.hub.pipeline.TestSites;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The GitHub workflows: valid YAML, only GitHub's own actions, and the order that keeps a broken change off the
 * published site (check, then build, then upload).
 */
class WorkflowsTest {
    private static final Path WORKFLOWS = TestSites.projectDir().resolve(".github/workflows");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> workflow(String name) throws IOException {
        Object parsed = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(WORKFLOWS.resolve(name), StandardCharsets.UTF_8));
        assertTrue(parsed instanceof Map, name + " is a YAML map");
        return (Map<String, Object>) parsed;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Map<String, Object> workflow, String job) {
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        return (List<Map<String, Object>>) ((Map<String, Object>) jobs.get(job)).get("steps");
    }

    private static int indexOf(List<Map<String, Object>> steps, String text) {
        for (int i = 0; i < steps.size(); i++) {
            Object run = steps.get(i).get("run");
            Object uses = steps.get(i).get("uses");
            if (run != null && run.toString().contains(text) || uses != null && uses.toString().contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no step with '" + text + "' in " + steps);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyWorkflowIsValidYamlAndUsesOnlyGithubsOwnActions() throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(WORKFLOWS)) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml")).sorted().toList();
        }
        assertEquals(List.of("content.yml", "pages.yml", "tests.yml"), names);
        List<String> actions = new ArrayList<>();
        for (String name : names) {
            Map<String, Object> workflow = workflow(name);
            assertTrue(workflow.containsKey("jobs"), name);
            ((Map<String, Object>) workflow.get("jobs")).keySet()
                    .forEach(job -> steps(workflow, job).stream().map(s -> s.get("uses")).filter(u -> u != null)
                            .forEach(u -> actions.add(name + ": " + u)));
        }
        assertTrue(actions.size() >= 6, actions::toString);
        assertTrue(actions.stream().allMatch(a -> a.split(": ")[1].startsWith("actions/")), actions::toString);
    }

    @Test
    void thePagesWorkflowChecksTheContentBeforeItBuildsAndUploadsTheSite() throws IOException {
        List<Map<String, Object>> steps = steps(workflow("pages.yml"), "build");

        int check = indexOf(steps, "./hub check --format github");
        int build = indexOf(steps, "./hub build");
        int upload = indexOf(steps, "actions/upload-pages-artifact");

        assertTrue(check < build && build < upload, steps::toString);
        assertTrue(indexOf(steps, "mvn") < check, "the tool is built first");
        assertTrue(steps.get(indexOf(steps, "mvn")).get("run").toString().contains("-Dhub.skipBake=true"),
                "building the tool does not bake the content (a mistake is reported by the check, on its file)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theContentWorkflowChecksPullRequestsAndPushesThatTouchTheSite() throws IOException {
        Map<String, Object> workflow = workflow("content.yml");
        // YAML 1.1 reads the key 'on' as true
        Map<String, Object> on = (Map<String, Object>) workflow.getOrDefault("on", workflow.get(Boolean.TRUE));

        assertTrue(on.containsKey("pull_request"));
        List<String> paths = (List<String>) ((Map<String, Object>) on.get("push")).get("paths");
        assertTrue(paths.containsAll(List.of("content/**", "templates/**", "assets/**", "data/**",
                "jbake.properties")), paths::toString);
        List<Map<String, Object>> steps = steps(workflow, "check");
        assertTrue(indexOf(steps, "mvn -B -q package -DskipTests -Dhub.skipBake=true")
                < indexOf(steps, "./hub check --format github"));
    }
}
