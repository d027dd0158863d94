package rs.iom.hub.plan.view;

import java.util.List;

/**
 * A news item in a list: title, date, summary and tags.
 *
 * @param dateIso  {@code 2022-03-04}, for {@code <time datetime>}
 * @param dateText the date as the language writes it
 */
public record NewsCard(String title, String url, String dateIso, String dateText, String summary, List<Link> tags) {
    public NewsCard {
        tags = List.copyOf(tags);
    }
}
