package rs.iom.hub.plan;

import java.util.List;

/**
 * The output of the plan stage ({@link PagePlanner}): every file of the site — pages of every edition, feeds,
 * search index, sitemap — with its template, metadata and the model it will be rendered with, in a stable order.
 */
public record PagePlan(List<PageJob> jobs) {
    public PagePlan {
        jobs = List.copyOf(jobs);
    }

    /** Every output path the plan writes. */
    public java.util.Set<String> files() {
        java.util.Set<String> files = new java.util.HashSet<>();
        jobs.forEach(job -> files.add(job.file()));
        return files;
    }
}
