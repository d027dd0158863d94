package rs.iom.hub.plan.view;

/**
 * One entry of the language switcher.
 *
 * @param label      the edition's own name, in its own language and script ("Latinica", "Ћирилица", "English")
 * @param hreflang   the edition's language tag, for {@code lang} and {@code hreflang}
 * @param url        the same page in that edition, or that edition's home page when there is no translation
 * @param current    true for the edition being read
 * @param translated false when the link goes to the home page because this page has no translation
 * @param note       for untranslated pages, a visible note in the current page's language; empty otherwise
 * @param name       the edition's name in the current page's language ("Serbian (Latin)" on an English page): the
 *                   link's accessible name, since a screen reader speaks the page's language
 */
public record SwitcherItem(String label, String hreflang, String url, boolean current, boolean translated,
                           String note, String name) {
}
