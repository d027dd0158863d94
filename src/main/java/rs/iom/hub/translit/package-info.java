/**
 * Serbian transliteration between the Latin (gajica) and Cyrillic scripts, for a site that
 * publishes every Serbian page in both.
 *
 * <ul>
 *   <li>{@link rs.iom.hub.translit.SerbianTransliterator}: plain text, both directions; the rules
 *       are in its description.</li>
 *   <li>{@link rs.iom.hub.translit.KeepLatinDictionary}: the site's words that stay in Latin, with
 *       {@link rs.iom.hub.translit.DictionaryProblem}s for bad lines; {@link rs.iom.hub.translit.CyrillicAcronyms}
 *       and {@link rs.iom.hub.translit.Transcriptions}: the acronyms written in Cyrillic and the names the site
 *       transcribes. Foreign words not on a list are found by their spelling (ForeignSpelling, ForeignRuns).</li>
 *   <li>{@link rs.iom.hub.translit.LatinWords}: what stays Latin in a text, and what the rules are unsure
 *       about, for {@code hub check}.</li>
 *   <li>{@link rs.iom.hub.translit.MixedScriptFinder}: words that mix the scripts, with
 *       {@link rs.iom.hub.translit.MixedScriptWord} positions and fixes.</li>
 *   <li>{@link rs.iom.hub.translit.HtmlTransliterator} and
 *       {@link rs.iom.hub.translit.MarkdownTransliterator}: the same, touching only the text of HTML
 *       and Markdown.</li>
 * </ul>
 *
 * <p>All public classes are immutable or stateless and safe to share between threads. The list of
 * words whose digraphs are two letters ("injekcija" → "инјекција") is the resource
 * {@code rs/iom/hub/translit/digraph-exceptions.txt}.
 */
package rs.iom.hub.translit;
