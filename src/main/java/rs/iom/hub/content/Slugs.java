package rs.iom.hub.content;

import com.ibm.icu.text.Transliterator;

import java.text.Normalizer;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * ASCII slugs for file names and URLs (non-ASCII file names end up percent-encoded in URLs): Serbian letters are
 * written the way Serbian writes them without diacritics (č→c, ć→c, đ→dj, š→s, ž→z), Cyrillic is first written in
 * Latin, everything else loses its accents; the rest becomes hyphens.
 */
public final class Slugs {
    private static final Pattern VALID_SEGMENT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final ThreadLocal<Transliterator> CYRILLIC_TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Serbian-Latin/BGN"));
    /** Texts up to this length (tags, titles) have their 60-character slug remembered. */
    private static final int REMEMBERED_LENGTH = 200;
    /** At most this many of them (a bound, not a policy: when reached, all are forgotten). */
    private static final int REMEMBERED_SLUGS = 50_000;
    /**
     * Slugs already made, by text: the index stage slugifies every tag of every document on each bake, and the
     * preview re-bakes after every save (2,000 documents: about 10 % of a re-bake). Slugifying is a pure function,
     * so a remembered slug is the one it would make again.
     */
    private static final Map<String, String> REMEMBERED = new ConcurrentHashMap<>();

    private Slugs() {
    }

    /** The slug of {@code text}, at most {@code maxLength} characters, cut at a hyphen where possible. */
    public static String slugify(String text, int maxLength) {
        Objects.requireNonNull(text, "text");
        String latin = CYRILLIC.matcher(text).find() ? CYRILLIC_TO_LATIN.get().transliterate(text) : text;
        String lower = latin.toLowerCase(java.util.Locale.ROOT)
                .replace("đ", "dj").replace("ǆ", "dz").replace("ǉ", "lj").replace("ǌ", "nj").replace("ß", "ss")
                .replace("æ", "ae").replace("ø", "o").replace("œ", "oe").replace("ł", "l");
        String ascii = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = NON_ALNUM.matcher(ascii).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > maxLength) {
            slug = slug.substring(0, maxLength);
            int cut = slug.lastIndexOf('-');
            if (cut > maxLength / 2) {
                slug = slug.substring(0, cut);
            }
            slug = slug.replaceAll("-+$", "");
        }
        return slug;
    }

    /** The slug of {@code text}, at most 60 characters. */
    public static String slugify(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > REMEMBERED_LENGTH) {
            return slugify(text, 60);
        }
        String slug = REMEMBERED.get(text);
        if (slug == null) {
            if (REMEMBERED.size() >= REMEMBERED_SLUGS) {
                REMEMBERED.clear();
            }
            slug = slugify(text, 60);
            REMEMBERED.put(text, slug);
        }
        return slug;
    }

    /** True when {@code segment} is already a valid slug (lowercase ASCII letters, digits, single hyphens). */
    public static boolean isSlug(String segment) {
        return VALID_SEGMENT.matcher(segment).matches();
    }
}
