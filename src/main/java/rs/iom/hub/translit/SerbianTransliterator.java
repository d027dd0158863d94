package rs.iom.hub.translit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Converts plain Serbian text between the Latin (gajica) and Cyrillic scripts. Immutable and
 * thread-safe: build one per site and share it.
 *
 * <h2>Latin → Cyrillic ({@link #toCyrillic(String)})</h2>
 * <ul>
 *   <li>Letters map one to one (a → а, č → ч, ć → ћ, đ → ђ, …); the digraphs lj, nj and dž become
 *       љ, њ and џ in any case ("LJUBAV" → "ЉУБАВ", "Ljubav" → "Љубав"), as do the ligatures
 *       ǈ ǉ Ǉ ǋ ǌ Ǌ ǅ ǆ Ǆ. "dj" is two letters (дј) unless it is the old spelling of đ in a word that
 *       {@link DjSpelling}'s word list knows ("gradjani" → "грађани", "podjednako" → "подједнако"). Ð (U+00D0), a
 *       common stand-in for Đ, becomes Ђ.</li>
 *   <li>Where a digraph spans a morpheme boundary the letters stay apart: "injekcija" → "инјекција",
 *       "nadživeti" → "надживети", "Tanjug" → "Танјуг". The word list is the resource
 *       {@code digraph-exceptions.txt}; a prefix in d before ž splits by rule ("podžanr" → "поджанр"), see
 *       {@link PrefixDigraphs}.</li>
 *   <li>Left exactly as written: foreign words and names (see {@link ForeignRuns}): words with a Latin letter
 *       outside the Serbian alphabet (q, w, x, y, é, ü, …) together with the words hyphenated to them
 *       ("whole-of-government", "Wi-Fi"), words spelt as Serbian never is ({@link ForeignSpelling}: "Swiss",
 *       "Health"), and names of several words around them ("Save the Children"), a Serbian case ending after a
 *       hyphen converted ("Facebook-u" → "Facebook-у");
 *       Roman numerals of two letters or more (see {@link RomanNumerals}: "XXI", "IV", "III.");
 *       URLs, e-mail addresses, handles, file names and domain names (see {@link ProtectedTokens});
 *       digits, punctuation and quotation marks; entries of the {@link KeepLatinDictionary}.
 *       Serbian acronyms are converted: "MUP" → "МУП", and so are those of {@link CyrillicAcronyms} ("NATO") and
 *       acronyms on no list, except inside a foreign name.</li>
 *   <li>Site {@link Transcriptions} come first: "Facebook-u" → "Фејсбуку" when the site transcribes Facebook.</li>
 *   <li>Keep markers: {@code -{text}-} (the MediaWiki language-converter syntax) keeps {@code text}
 *       as written and drops the markers. The first <code>}-</code> closes a span; markers do not nest.
 *       An unclosed <code>-{</code> is ordinary text.</li>
 *   <li>Words that mix the scripts by mistake ("upravlјanje" with a Cyrillic ј) are first
 *       rewritten in the script of most of their letters, see {@link MixedScriptFinder}.</li>
 * </ul>
 *
 * <h2>Cyrillic → Latin ({@link #toLatin(String)})</h2>
 * ICU4J's {@code Serbian-Latin/BGN} transform (its letter mapping, read from ICU once and applied as
 * a table), with three corrections: ć is written precomposed (ICU writes c + U+0301); a lone
 * capital Љ, Њ, Џ is written Lj, Nj, Dž (ICU: LJ, NJ, DŽ); ѐ, ѝ become è, ì (ICU keeps them).
 * See {@link CyrillicToLatin}. Latin text, keep-marker spans (markers dropped), URLs, e-mail
 * addresses and file names are left as written; letters of other Cyrillic alphabets (щ, ы) too.
 *
 * <p>For Serbian Cyrillic text {@code toCyrillic(toLatin(x))} gives back {@code x}.
 */
public final class SerbianTransliterator {

    static final String OPEN = "-{";
    static final String CLOSE = "}-";

    private static final SerbianTransliterator STANDARD = new SerbianTransliterator(KeepLatinDictionary.empty());

    private final KeepLatinDictionary dictionary;
    private final LatinToCyrillic latinToCyrillic;

    private SerbianTransliterator(KeepLatinDictionary dictionary) {
        this.dictionary = dictionary;
        this.latinToCyrillic = new LatinToCyrillic(dictionary, DigraphExceptions.standard());
    }

    private SerbianTransliterator(KeepLatinDictionary dictionary, CyrillicAcronyms acronyms,
                                  Transcriptions transcriptions) {
        this.dictionary = dictionary;
        this.latinToCyrillic = new LatinToCyrillic(dictionary, DigraphExceptions.standard(), acronyms.acronyms(),
                transcriptions);
    }

    /**
     * A transliterator with the site's word lists: {@code dictionary} (the words kept in Latin: the site's
     * keep-Latin list and the shipped list of international names, see {@link KeepLatinDictionary#with}), the
     * acronyms Serbian writes in Cyrillic and the site's transcriptions ("Facebook → Фејсбук"), which come first.
     */
    public static SerbianTransliterator withWordLists(KeepLatinDictionary dictionary, CyrillicAcronyms acronyms,
                                                      Transcriptions transcriptions) {
        Objects.requireNonNull(dictionary, "dictionary");
        Objects.requireNonNull(acronyms, "acronyms");
        Objects.requireNonNull(transcriptions, "transcriptions");
        if (acronyms.acronyms().isEmpty() && transcriptions.isEmpty()) {
            return withDictionary(dictionary);
        }
        return new SerbianTransliterator(dictionary, acronyms, transcriptions);
    }

    /** A transliterator with an empty dictionary. */
    public static SerbianTransliterator standard() {
        return STANDARD;
    }

    /** A transliterator that keeps the entries of {@code dictionary} in Latin. */
    public static SerbianTransliterator withDictionary(KeepLatinDictionary dictionary) {
        Objects.requireNonNull(dictionary, "dictionary");
        return dictionary.isEmpty() ? STANDARD : new SerbianTransliterator(dictionary);
    }

    /**
     * The words and names of the Latin {@code text} that stay in Latin letters in Cyrillic, and those the rules are
     * unsure about (see {@link LatinWords}); text marked {@code -{…}-} is left out.
     */
    public LatinWords latinWords(String text) {
        Objects.requireNonNull(text, "text");
        return new LatinWordsFinder(this, dictionary, latinToCyrillic.foreign()).find(text);
    }

    /** The dictionary of words kept in Latin. */
    public KeepLatinDictionary dictionary() {
        return dictionary;
    }

    /** Serbian Latin → Serbian Cyrillic; see the class description for the rules. */
    public String toCyrillic(String text) {
        Objects.requireNonNull(text, "text");
        if (text.indexOf(OPEN) < 0 && !Letters.containsLatinLetter(text, 0, text.length())) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        convert(text, true, out, null);
        return out.toString();
    }

    /** Serbian Cyrillic → Serbian Latin; see the class description for the rules. */
    public String toLatin(String text) {
        Objects.requireNonNull(text, "text");
        if (text.indexOf(OPEN) < 0 && !Letters.containsCyrillicLetter(text, 0, text.length())) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        convert(text, false, out, null);
        return out.toString();
    }

    /**
     * Removes the keep markers {@code -{ }-} and keeps the text between them, converting nothing:
     * the text of the edition in the script the source is written in.
     */
    public static String stripKeepMarkers(String text) {
        Objects.requireNonNull(text, "text");
        int open = text.indexOf(OPEN);
        if (open < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int position = 0;
        while (open >= 0) {
            int close = text.indexOf(CLOSE, open + OPEN.length());
            if (close < 0) {
                break;
            }
            out.append(text, position, open).append(text, open + OPEN.length(), close);
            position = close + CLOSE.length();
            open = text.indexOf(OPEN, position);
        }
        return out.append(text, position, text.length()).toString();
    }

    /**
     * Serbian Latin → Serbian Cyrillic like {@link #toCyrillic(String)}, but the keep markers stay in the output
     * (converting Markdown source, which remains a source: the marked text is still protected where it is published).
     */
    public String toCyrillicKeepingMarkers(String text) {
        return keepingMarkers(Objects.requireNonNull(text, "text"), true);
    }

    /** Serbian Cyrillic → Serbian Latin, the keep markers left in the output; see {@link #toCyrillicKeepingMarkers}. */
    public String toLatinKeepingMarkers(String text) {
        return keepingMarkers(Objects.requireNonNull(text, "text"), false);
    }

    private String keepingMarkers(String text, boolean toCyrillic) {
        if (text.indexOf(OPEN) < 0) {
            return toCyrillic ? toCyrillic(text) : toLatin(text);
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (Piece piece : toPieces(text, toCyrillic)) {
            out.append(piece.kept() ? OPEN + piece.text() + CLOSE : piece.text());
        }
        return out.toString();
    }

    /**
     * Where, in the texts of one paragraph that markup splits into {@code segments} ({@code **Richard** Kohli}),
     * a dictionary entry runs across a boundary between them: for each segment, the {@code [start, end)} stretches
     * of it that belong to such an entry and stay as written. Empty lists when there is none (or no dictionary).
     */
    public List<List<int[]>> keptAcross(List<String> segments) {
        Objects.requireNonNull(segments, "segments");
        List<List<int[]>> kept = new ArrayList<>();
        segments.forEach(segment -> kept.add(new ArrayList<>()));
        if (dictionary.isEmpty() || segments.size() < 2) {
            return kept;
        }
        StringBuilder joined = new StringBuilder();
        int[] starts = new int[segments.size() + 1];
        for (int i = 0; i < segments.size(); i++) {
            starts[i] = joined.length();
            joined.append(segments.get(i));
        }
        starts[segments.size()] = joined.length();
        String text = joined.toString();
        for (int i = 0; i < text.length(); i++) {
            if (!Letters.isWordChar(text.charAt(i)) || i > 0 && Letters.isWordCharOrDigit(text.charAt(i - 1))) {
                continue;
            }
            int end = dictionary.matchEnd(text, i, text.length());
            if (end < 0) {
                continue;
            }
            int first = segmentOf(starts, i);
            int last = segmentOf(starts, end - 1);
            if (first != last) {
                for (int segment = first; segment <= last; segment++) {
                    int from = Math.max(i, starts[segment]) - starts[segment];
                    int to = Math.min(end, starts[segment + 1]) - starts[segment];
                    if (from < to) {
                        kept.get(segment).add(new int[] {from, to});
                    }
                }
            }
            i = end - 1;
        }
        return kept;
    }

    private static int segmentOf(int[] starts, int position) {
        int segment = 0;
        while (segment + 1 < starts.length - 1 && starts[segment + 1] <= position) {
            segment++;
        }
        return segment;
    }

    /**
     * {@code text} converted to Cyrillic except its {@code kept} stretches (from {@link #keptAcross}), copied as
     * written; {@code conversion} converts the rest.
     */
    public static String exceptKept(String text, List<int[]> kept, java.util.function.UnaryOperator<String> conversion) {
        if (kept.isEmpty()) {
            return conversion.apply(text);
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int position = 0;
        for (int[] span : kept) {
            out.append(conversion.apply(text.substring(position, span[0]))).append(text, span[0], span[1]);
            position = span[1];
        }
        return out.append(conversion.apply(text.substring(position))).toString();
    }

    /** A piece of converted text: either converted, or kept as written between keep markers. */
    record Piece(String text, boolean kept) {
    }

    /**
     * Converts {@code text} into pieces, separating the spans kept by markers from the rest, for
     * callers that mark kept spans up (HTML).
     */
    List<Piece> toPieces(String text, boolean toCyrillic) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder out = new StringBuilder(text.length() + 16);
        convert(text, toCyrillic, out, pieces);
        if (out.length() > 0) {
            pieces.add(new Piece(out.toString(), false));
        }
        return pieces;
    }

    private void convert(String text, boolean toCyrillic, StringBuilder out, List<Piece> pieces) {
        int position = 0;
        int open = text.indexOf(OPEN);
        while (open >= 0) {
            int close = text.indexOf(CLOSE, open + OPEN.length());
            if (close < 0) {
                break;
            }
            convertPlain(text, position, open, toCyrillic, out);
            if (pieces == null) {
                out.append(text, open + OPEN.length(), close);
            } else {
                if (out.length() > 0) {
                    pieces.add(new Piece(out.toString(), false));
                    out.setLength(0);
                }
                pieces.add(new Piece(text.substring(open + OPEN.length(), close), true));
            }
            position = close + CLOSE.length();
            open = text.indexOf(OPEN, position);
        }
        convertPlain(text, position, text.length(), toCyrillic, out);
    }

    private void convertPlain(String text, int start, int end, boolean toCyrillic, StringBuilder out) {
        if (start >= end) {
            return;
        }
        if (toCyrillic) {
            latinToCyrillic.convert(text, start, end, out);
        } else {
            CyrillicToLatin.convert(text, start, end, out);
        }
    }

    @Override
    public String toString() {
        return "SerbianTransliterator[" + dictionary + "]";
    }
}
