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
 *   <li>{@link rs.iom.hub.translit.DjSpelling}: the old spelling of đ as "dj" ("gradjani"), told from a real d + j
 *       by a word list, for the Cyrillic edition and for {@code hub check}.</li>
 * </ul>
 *
 * <p>All public classes are immutable or stateless and safe to share between threads. The language data are
 * resources of this package, each with its format and source in its header: {@code digraph-exceptions.txt} (words
 * whose digraphs are two letters, "injekcija" → "инјекција"), {@code prefix-digraphs.txt} (the prefixes before ž
 * and the words where the same letters are џ), {@code dj-spelling.txt} (generated from the Serbian Hunspell
 * dictionary by {@code tools/serbian-dj-list.py}, MPL-1.1).
 *
 * <p>The scanning methods take a {@code String}, not a {@code CharSequence}: with the quick JIT compiler that
 * {@code ./hub} runs, {@code CharSequence.charAt} stays an interface call for every character, where
 * {@code String.charAt} is inlined (3 % of a 2,000-document build, docs/performance.md).
 */
package rs.iom.hub.translit;
