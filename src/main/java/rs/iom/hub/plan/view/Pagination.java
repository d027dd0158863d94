package rs.iom.hub.plan.view;

import java.util.List;

/**
 * Position in a paginated list.
 *
 * @param current     1-based page number
 * @param total       number of pages
 * @param previousUrl URL of the newer page, or {@code null} on the first
 * @param nextUrl     URL of the older page, or {@code null} on the last
 * @param pages       the first and last page, and the pages around the current one, with their URLs; a
 *                    {@code gap} entry stands for pages left out between them
 */
public record Pagination(int current, int total, String previousUrl, String nextUrl, List<PageNumber> pages) {
    public Pagination {
        pages = List.copyOf(pages);
    }

    /** A page number link, or a gap ({@code gap} true, no number or URL) where pages are left out. */
    public record PageNumber(int number, String url, boolean current, boolean gap) {
    }
}
