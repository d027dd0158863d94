package rs.iom.hub.site;

import rs.iom.hub.i18n.Edition;
import rs.iom.hub.i18n.LocalizedDates;
import rs.iom.hub.i18n.Messages;
import rs.iom.hub.i18n.TextConverter;

import java.util.Objects;

/**
 * Everything needed to render pages of one edition: its paths, its UI strings (already in its script), its date
 * format and the converter that brings content into its script.
 */
public record EditionContext(Edition edition, EditionPaths paths, Messages messages, LocalizedDates dates,
                             TextConverter converter, Supporters supporters) {

    public EditionContext(Edition edition, EditionPaths paths, Messages messages, LocalizedDates dates,
                          TextConverter converter) {
        this(edition, paths, messages, dates, converter, Supporters.NONE);
    }

    public EditionContext {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(paths, "paths");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(converter, "converter");
        supporters = supporters == null ? Supporters.NONE : supporters;
    }

    /**
     * Converts each short text once per bake: a title is shown on its page, in lists, tag pages, the feed, the
     * search index and its neighbours' links.
     */
    private static final class Remembering implements TextConverter {
        private final TextConverter delegate;
        private final java.util.Map<String, String> texts = new java.util.concurrent.ConcurrentHashMap<>();

        Remembering(TextConverter delegate) {
            this.delegate = delegate;
        }

        @Override
        public String text(String text) {
            return text.length() > 2000 ? delegate.text(text) : texts.computeIfAbsent(text, delegate::text);
        }

        @Override
        public String html(String html) {
            return delegate.html(html);
        }

        @Override
        public rs.iom.hub.translit.LatinWords latinWords(String text) {
            return delegate.latinWords(text);
        }
    }

    /** The text of ICU plural message {@code key} for {@code count} items, in this edition's language. */
    public String count(String key, long count) {
        return messages.count(key, count, java.util.Locale.forLanguageTag(edition.hreflang()));
    }

    /** The same context with some UI strings replaced by those of {@code overlay} (e.g. data/i18n/sr-cyrl.yaml). */
    public EditionContext withOverlay(Messages overlay) {
        Messages merged = messages.overlay(overlay);
        return new EditionContext(edition, paths, merged, new LocalizedDates(merged), converter, supporters);
    }

    /** The same context with the donor and partners its footer shows, converted to its script. */
    public EditionContext withSupporters(Supporters inLanguage) {
        Objects.requireNonNull(inLanguage, "inLanguage");
        return new EditionContext(edition, paths, messages, dates, converter, inLanguage.converted(converter::text));
    }

    /** The context of {@code edition} with UI strings from {@code messages} passed through {@code converter}. */
    public static EditionContext of(Edition edition, Messages messages, TextConverter converter) {
        converter = converter == TextConverter.NONE || converter.cheapToRepeat() ? converter : new Remembering(converter);
        Messages converted = converter == TextConverter.NONE ? messages
                : messages.map(messages.source() + " (" + edition.id() + ")", converter::text);
        return new EditionContext(edition, new EditionPaths(edition, messages), converted,
                new LocalizedDates(converted), converter);
    }
}
