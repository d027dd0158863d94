package rs.iom.hub.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The settings of a site as its engine read them: {@code jbake.properties} over the engine's defaults (JBake's
 * {@code default.properties}). Kept as plain text values so that nothing outside {@code jbake/} handles JBake's
 * configuration types.
 *
 * @param values every setting with its value (the site's file over the defaults)
 */
public record SiteProperties(Map<String, String> values) {
    public SiteProperties {
        values = Map.copyOf(Objects.requireNonNull(values, "values"));
    }

    /** The value of {@code key}, or {@code fallback} when it is not set. */
    public String get(String key, String fallback) {
        String value = values.get(key);
        return value == null ? fallback : value;
    }

    /** A comma-separated value as a list (JBake's list settings are written like this). */
    public List<String> list(String key, List<String> fallback) {
        String value = values.get(key);
        if (value == null) {
            return fallback;
        }
        List<String> items = new ArrayList<>();
        for (String item : value.split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    /** A true/false setting ({@code render.feed=false}). */
    public boolean flag(String key, boolean fallback) {
        String value = values.get(key);
        return value == null ? fallback : Boolean.parseBoolean(value.strip());
    }
}
