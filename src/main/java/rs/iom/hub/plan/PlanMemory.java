package rs.iom.hub.plan;

import rs.iom.hub.content.Document;
import rs.iom.hub.plan.view.PageMeta;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What planning each document's page gave in the previous bake of the preview — its path, its metadata and its input
 * hash — and what else was made of one document alone (its card's hash, its search entries, the pages it links to),
 * kept so that a re-bake after one edit does that work for the edited documents only, not for every document of the
 * site (at 2,000 documents it was a quarter of a re-bake's work).
 *
 * <p>A page is taken from the previous bake only when everything it was made from is the same:
 * <ul>
 *   <li>what every page depends on ({@link #useFor}: templates, data files, settings, the pictures and the sizes of
 *       the documents the site publishes) — when any of it differs, everything is forgotten;</li>
 *   <li>the edition, the document and its version in each language — the very objects: the document cache hands out
 *       the same object for a file that did not change, and a new one for a file read again;</li>
 *   <li>for the input hash, also the menu's hash, the neighbours (the very objects) and which of the pages the
 *       document links to are published.</li>
 * </ul>
 * A one-off build uses a memory of its own, which it drops.
 */
public final class PlanMemory {
    private Object generation;
    private Map<String, DocumentPage> previous = Map.of();
    private Map<String, DocumentPage> current = new ConcurrentHashMap<>();
    private Map<String, Derived> previousDerived = Map.of();
    private Map<String, Derived> currentDerived = new ConcurrentHashMap<>();

    /** Something made from one document alone (and from what every page depends on). */
    private record Derived(Document doc, Object value) {
    }

    /**
     * Starts a bake whose pages depend on {@code generation} besides their documents (compared with
     * {@link Object#equals}): the pages of the previous bake are used when it was the same, forgotten otherwise; the
     * pages the previous bake did not ask for again are forgotten in any case.
     */
    public synchronized void useFor(Object generation) {
        Objects.requireNonNull(generation, "generation");
        boolean same = generation.equals(this.generation);
        previous = same ? current : Map.of();
        current = new ConcurrentHashMap<>();
        previousDerived = same ? currentDerived : Map.of();
        currentDerived = new ConcurrentHashMap<>();
        this.generation = generation;
    }

    /** Forgets every page. */
    public synchronized void clear() {
        previous = Map.of();
        current = new ConcurrentHashMap<>();
        previousDerived = Map.of();
        currentDerived = new ConcurrentHashMap<>();
        generation = null;
    }

    /** How many pages the previous bake left that this bake may use (for tests). */
    synchronized int remembered() {
        return previous.size();
    }

    /**
     * The page of {@code doc} in the edition {@code edition}: the previous bake's when it was made from the same
     * document and {@code versions}, else the one {@code make} makes.
     *
     * @param versions the document's version in each language (null where it has none), in a fixed order; a list that
     *                 allows null
     */
    DocumentPage page(String edition, Document doc, List<Document> versions, Supplier<Made> make) {
        String key = edition + '\u0000' + doc.source();
        DocumentPage known = previous.get(key);
        DocumentPage page = known != null && known.isFor(doc, versions) ? known
                : new DocumentPage(doc, versions, make.get());
        current.put(key, page);
        return page;
    }

    /**
     * What {@code make} makes of {@code doc} alone, as {@code what} (e.g. its card's hash, or its search index entry in
     * one edition): the previous bake's when it was made from the very same document.
     */
    @SuppressWarnings("unchecked")
    <T> T derived(String what, Document doc, Supplier<T> make) {
        String key = what + '\u0000' + doc.source();
        Derived known = previousDerived.get(key);
        Derived derived = known != null && known.doc() == doc ? known : new Derived(doc, make.get());
        currentDerived.put(key, derived);
        return (T) derived.value();
    }

    /** What a document page's input hash was computed from (besides the page and its generation), and the hash. */
    private record Inputs(long menu, Document older, Document newer, boolean[] published, long value) {
    }

    /** What planning a document's page makes: its path in the edition and its metadata. */
    record Made(String path, PageMeta meta) {
    }

    /** A document's page as planned, with its input hash once computed. */
    static final class DocumentPage {
        private final Document doc;
        private final Document[] versions;
        private final Made made;
        /** What the input hash was last computed from, and the hash; null: not computed yet. */
        private volatile Inputs inputs;
        private DocumentPage(Document doc, List<Document> versions, Made made) {
            this.doc = doc;
            this.versions = versions.toArray(new Document[0]);
            this.made = made;
        }

        /** Whether this page was made from the very objects {@code doc} and {@code versions}. */
        private boolean isFor(Document doc, List<Document> versions) {
            if (this.doc != doc || this.versions.length != versions.size()) {
                return false;
            }
            for (int i = 0; i < this.versions.length; i++) {
                if (this.versions[i] != versions.get(i)) {
                    return false;
                }
            }
            return true;
        }

        String path() {
            return made.path();
        }

        PageMeta meta() {
            return made.meta();
        }

        /**
         * The page's input hash: the one computed before when the menu's hash, the neighbours (the very objects) and
         * which of the pages its body links to are published are the same as then, else the one {@code compute}
         * computes.
         */
        long inputs(long menu, Document older, Document newer, boolean[] published, LongSupplier compute) {
            Inputs known = inputs;
            if (known != null && known.menu() == menu && known.older() == older && known.newer() == newer
                    && Arrays.equals(known.published(), published)) {
                return known.value();
            }
            long value = compute.getAsLong();
            inputs = new Inputs(menu, older, newer, published.clone(), value);
            return value;
        }
    }
}
