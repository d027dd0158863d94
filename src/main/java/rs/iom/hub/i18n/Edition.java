package rs.iom.hub.i18n;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One published edition of the site: a content language in one script, under its own path prefix. Serbian content is
 * published twice (Latin and Cyrillic); English once.
 *
 * @param id       the path prefix and identifier: {@code sr}, {@code sr-cyrl}, {@code en}
 * @param language the content language it publishes ({@code sr} or {@code en}; the folder under {@code content/})
 * @param hreflang the BCP 47 tag used in {@code lang} and {@code hreflang}: {@code sr-Latn}, {@code sr-Cyrl}, {@code en}
 * @param script   the alphabet of its text
 */
public record Edition(String id, String language, String hreflang, Script script) {

    /** Serbian in Latin script: the source edition. */
    public static final Edition SERBIAN_LATIN = new Edition("sr", "sr", "sr-Latn", Script.LATIN);
    /** Serbian in Cyrillic script, generated from the Serbian sources. */
    public static final Edition SERBIAN_CYRILLIC = new Edition("sr-cyrl", "sr", "sr-Cyrl", Script.CYRILLIC);
    /** English. */
    public static final Edition ENGLISH = new Edition("en", "en", "en", Script.LATIN);

    /** Every edition the tool knows, in switcher order. */
    public static final List<Edition> KNOWN = List.of(SERBIAN_LATIN, SERBIAN_CYRILLIC, ENGLISH);

    public Edition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(hreflang, "hreflang");
        Objects.requireNonNull(script, "script");
    }

    /** The edition with the identifier {@code id}, if the tool knows it. */
    public static Optional<Edition> byId(String id) {
        return KNOWN.stream().filter(e -> e.id.equals(id)).findFirst();
    }

    /** Path prefix of its pages, with a trailing slash ({@code sr/}). */
    public String prefix() {
        return id + "/";
    }

    /** The Open Graph locale ({@code sr_RS}, {@code en_GB}). */
    public String ogLocale() {
        return language.equals("sr") ? "sr_RS" : "en_GB";
    }
}
