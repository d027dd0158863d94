package rs.iom.hub.translit;

import java.util.Arrays;

import static rs.iom.hub.translit.ForeignRuns.ACRONYM;
import static rs.iom.hub.translit.ForeignRuns.CAPITAL;
import static rs.iom.hub.translit.ForeignRuns.CAPITAL_SERBIAN;
import static rs.iom.hub.translit.ForeignRuns.FOREIGN;
import static rs.iom.hub.translit.ForeignRuns.JOINER;
import static rs.iom.hub.translit.ForeignRuns.KEPT;
import static rs.iom.hub.translit.ForeignRuns.KEPT_NAME;
import static rs.iom.hub.translit.ForeignRuns.OTHER;

/**
 * The words of a stretch of text that are not plain Serbian words, as {@link ForeignRuns} classifies them, and the
 * foreign names they form; see {@link ForeignRuns} for the rules.
 */
final class NameTokens {
    private int[] starts = new int[8];
    private int[] cores = new int[8];
    private int[] kinds = new int[8];
    private boolean[] linked = new boolean[8];
    /** A capitalised word with no sign of a foreign word that starts a sentence ("Otvorite Excel…"). */
    private boolean[] plainInitial = new boolean[8];
    private int size;

    void add(int start, int core, int kind, boolean linkedToPrevious, boolean initial) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            cores = Arrays.copyOf(cores, size * 2);
            kinds = Arrays.copyOf(kinds, size * 2);
            linked = Arrays.copyOf(linked, size * 2);
            plainInitial = Arrays.copyOf(plainInitial, size * 2);
        }
        plainInitial[size] = initial;
        starts[size] = start;
        cores[size] = core;
        kinds[size] = kind;
        linked[size] = linkedToPrevious;
        size++;
    }

    int[] spans() {
        boolean[] member = new boolean[size];
        int first = 0;
        while (first < size) {
            int last = first;
            while (last + 1 < size && linked[last + 1]) {
                last++;
            }
            name(member, first, last);
            first = last + 1;
        }
        int count = 0;
        int[] spans = new int[size * 2];
        for (int t = 0; t < size; t++) {
            if (member[t]) {
                spans[count++] = starts[t];
                spans[count++] = cores[t];
            }
        }
        if (count == 0) {
            return null;
        }
        Arrays.fill(spans, count, spans.length, -1);
        return spans;
    }

    /** Decides which words of the linked words {@code [first, last]} form a foreign name. */
    private void name(boolean[] member, int first, int last) {
        for (int t = first; t <= last; t++) {
            member[t] = kinds[t] == FOREIGN || kinds[t] == JOINER || kinds[t] == KEPT || kinds[t] == KEPT_NAME;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int t = first; t <= last; t++) {
                if (!member[t] && drawnIn(member, t, first, last)) {
                    member[t] = true;
                    changed = true;
                }
            }
        }
        // joiners only join: alone, or at the edge of a name of nothing but joiners, they are Serbian text
        int t = first;
        while (t <= last) {
            if (!member[t]) {
                t++;
                continue;
            }
            int end = t;
            boolean substance = false;
            while (end <= last && member[end]) {
                substance |= kinds[end] != JOINER;
                end++;
            }
            if (!substance) {
                for (int k = t; k < end; k++) {
                    member[k] = false;
                }
            } else {
                trimJoiners(member, t, end - 1);
            }
            t = end;
        }
    }

    private void trimJoiners(boolean[] member, int from, int to) {
        // "Ministarstvo and" — a joiner at the edge with no name word beyond it joins nothing
        if (kinds[from] == JOINER && (from == to || !drawing(kinds[from + 1]) && !isKept(kinds[from + 1]))) {
            member[from] = false;
        }
        if (kinds[to] == JOINER && to > from && !drawing(kinds[to - 1]) && !isKept(kinds[to - 1])) {
            member[to] = false;
        }
    }

    private boolean drawnIn(boolean[] member, int t, int first, int last) {
        int kind = kinds[t];
        int left = t > first && member[t - 1] ? drawingKind(t - 1, first, last) : -1;
        int right = t < last && member[t + 1] ? drawingKind(t + 1, first, last) : -1;
        return switch (kind) {
            case CAPITAL -> plainInitial[t] ? drawing(right) && joinerAhead(t, last) : drawing(left) || drawing(right);
            case CAPITAL_SERBIAN -> left == FOREIGN || left == JOINER || right == JOINER || left >= 0 && right >= 0;
            case ACRONYM -> left == FOREIGN || left == JOINER || left == KEPT_NAME || right == FOREIGN
                    || right == JOINER || right == KEPT_NAME;
            default -> false;
        };
    }

    /** Whether a name joiner follows {@code t} among the linked words up to {@code last}. */
    private boolean joinerAhead(int t, int last) {
        for (int k = t + 1; k <= last; k++) {
            if (kinds[k] == JOINER) {
                return true;
            }
        }
        return false;
    }

    /** The kind of a word as a neighbour: a joiner at the edge of the linked words joins nothing ("Knjiga in"). */
    private int drawingKind(int t, int first, int last) {
        return kinds[t] == JOINER && (t == first || t == last) ? OTHER : kinds[t];
    }

    private static boolean isKept(int kind) {
        return kind == KEPT || kind == KEPT_NAME;
    }

    /** A word that draws a neighbouring capitalised word into a name. */
    private static boolean drawing(int kind) {
        return kind == FOREIGN || kind == JOINER || kind == CAPITAL;
    }
}
