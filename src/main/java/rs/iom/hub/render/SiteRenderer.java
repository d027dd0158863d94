package rs.iom.hub.render;

import rs.iom.hub.plan.PageJob;
import rs.iom.hub.plan.PageModels;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import rs.iom.hub.problem.Problem;
import rs.iom.hub.i18n.MissingMessageException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Renders planned pages with the templates and writes them below an output folder, in parallel: in the fork-join pool
 * of the calling thread (the pipeline runs a bake in a pool of as many threads as it was asked for). A template
 * mistake is reported once per template and line (not once per page) as a problem in {@code templates/…}.
 */
public final class SiteRenderer {
    private final TemplateEngine templates;
    private final String folder;

    /** @param folder the templates folder as problems name it ({@code templates/}) */
    public SiteRenderer(TemplateEngine templates, String folder) {
        this.templates = Objects.requireNonNull(templates, "templates");
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    /**
     * Renders {@code jobs} into {@code output} ({@code null}: render only, to find template errors). With a
     * {@code published} site, a page whose bytes equal the published file is not written.
     */
    public RenderedPages render(List<PageJob> jobs, Path output, Path published) {
        Objects.requireNonNull(jobs, "jobs");
        Map<String, Problem> problems = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> written = new ConcurrentLinkedQueue<>();
        java.util.Set<Path> folders = ConcurrentHashMap.newKeySet();
        jobs.parallelStream().forEach(job -> {
            try {
                String html = render(job);
                if (output == null) {
                    return;
                }
                byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
                if (published != null) {
                    Path old = published.resolve(job.file());
                    if (Files.isRegularFile(old) && Files.size(old) == bytes.length
                            && Arrays.equals(Files.readAllBytes(old), bytes)) {
                        return;
                    }
                }
                Path file = output.resolve(job.file());
                Path folder = file.getParent();
                if (!folders.contains(folder)) {
                    Files.createDirectories(folder); // by every thread that has not seen it exist: never a race
                    folders.add(folder);
                }
                Files.write(file, bytes);
                written.add(job.file());
            } catch (IOException | UncheckedIOException e) {
                problems.putIfAbsent("io:" + job.file(), Problem.error(job.file(), 0, 0,
                        "could not write the page: " + rs.iom.hub.publish.IoErrors.describe(e),
                        "check that the output folder is writable"));
            } catch (TemplateException | RuntimeException e) {
                Problem problem = templateProblem(job, e);
                problems.putIfAbsent(problem.file() + ":" + problem.line() + ":" + problem.column(), problem);
            }
        });
        List<Problem> list = new ArrayList<>(problems.values());
        list.sort(Problem.REPORT_ORDER);
        return new RenderedPages(written.size(), list);
    }

    /**
     * Renders {@code jobs} in memory and writes them into {@code output} only when every one succeeded (the preview's
     * re-bakes write into the served folder: a template mistake must not leave it half updated).
     */
    public RenderedPages renderAtomically(List<PageJob> jobs, Path output) {
        Objects.requireNonNull(output, "output");
        Map<String, byte[]> pages = new ConcurrentHashMap<>();
        Map<String, Problem> problems = new ConcurrentHashMap<>();
        jobs.parallelStream().forEach(job -> {
            try {
                pages.put(job.file(), render(job).getBytes(StandardCharsets.UTF_8));
            } catch (TemplateException | IOException | RuntimeException e) {
                Problem problem = templateProblem(job, e);
                problems.putIfAbsent(problem.file() + ":" + problem.line() + ":" + problem.column(), problem);
            }
        });
        List<Problem> list = new ArrayList<>(problems.values());
        list.sort(Problem.REPORT_ORDER);
        if (!list.isEmpty()) {
            return new RenderedPages(0, list);
        }
        int written = 0;
        for (Map.Entry<String, byte[]> page : new java.util.TreeMap<>(pages).entrySet()) {
            Path file = output.resolve(page.getKey());
            try {
                if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), page.getValue())) {
                    continue;
                }
                Files.createDirectories(file.getParent());
                Files.write(file, page.getValue());
                written++;
            } catch (IOException e) {
                list.add(Problem.error(page.getKey(), 0, 0, "could not write the page: " + e.getMessage(),
                        "check that the output folder is writable"));
            }
        }
        return new RenderedPages(written, list);
    }

    private String render(PageJob job) throws IOException, TemplateException {
        Record model = job.model().get();
        return job.template() == null ? ((PageModels.Text) model).text() : templates.render(job.template(), model);
    }

    Problem templateProblem(PageJob job, Throwable e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof MissingMessageException missing) {
                return Problem.error(missing.source(), 0, 0, "the message '" + missing.key() + "' is missing",
                        "add '" + missing.key() + "' to every file in data/i18n/");
            }
            if (cause instanceof ParseException parse) {
                return Problem.error(folder + parse.getTemplateName(), parse.getLineNumber(),
                        parse.getColumnNumber(), "template syntax error: " + firstLine(parse.getEditorMessage()),
                        "fix the template; see https://freemarker.apache.org/docs/ref.html");
            }
            if (cause instanceof TemplateException te && te.getTemplateSourceName() != null) {
                return Problem.error(folder + te.getTemplateSourceName(),
                        te.getLineNumber() == null ? 0 : te.getLineNumber(),
                        te.getColumnNumber() == null ? 0 : te.getColumnNumber(),
                        "template error while rendering " + job.file() + ": "
                                + firstLine(te.getMessageWithoutStackTop())
                                + (te.getBlamedExpressionString() == null ? ""
                                : " (" + te.getBlamedExpressionString() + ")"),
                        "fix the template (a missing value can be guarded with ?? or a default with !)");
            }
            cause = cause.getCause();
        }
        return Problem.error(folder + job.template(), 0, 0,
                "rendering " + job.file() + " failed: " + e, "fix the template");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String trimmed = message.strip();
        int nl = trimmed.indexOf('\n');
        return nl < 0 ? trimmed : trimmed.substring(0, nl).strip();
    }
}
