package rs.iom.hub.i18n;

import rs.iom.hub.translit.LatinWords;

/**
 * Converts the text of a page into the script of an edition: plain texts (titles, summaries, tags, UI strings) and
 * HTML bodies (text nodes only; markup, URLs and code untouched). The Latin and English editions use {@link #NONE}.
 */
public interface TextConverter {

    /** Leaves everything as it is. */
    TextConverter NONE = new TextConverter() {
        @Override
        public String text(String text) {
            return text;
        }

        @Override
        public String html(String html) {
            return html;
        }
    };

    String text(String text);

    String html(String html);

    /**
     * The words of the source text {@code text} this converter leaves in Latin letters, and those it is unsure about,
     * for {@code hub check}; {@link LatinWords#NONE} for an edition that converts nothing.
     */
    default LatinWords latinWords(String text) {
        return LatinWords.NONE;
    }

    /**
     * True when converting a short text again costs no more than looking it up: the converter remembers what it
     * converted (across bakes), or only scans the text. Then an edition does not remember its texts once more for
     * each bake (that map, rebuilt after every save of the preview, cost more than the conversions it saved).
     */
    default boolean cheapToRepeat() {
        return false;
    }
}
