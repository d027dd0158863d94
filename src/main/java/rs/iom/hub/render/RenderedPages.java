package rs.iom.hub.render;

import rs.iom.hub.problem.Problem;

import java.util.List;

/**
 * The output of the render stage ({@link SiteRenderer}): how many files were written, and the template problems met
 * (each reported once per template line, not once per page).
 */
public record RenderedPages(int written, List<Problem> problems) {
    public RenderedPages {
        problems = List.copyOf(problems);
    }
}
