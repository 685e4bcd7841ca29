package se.ledamot.domain.sync;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts two changed copies of a long text together line by line, against the text both started from: a line changed
 * on one side only takes that change; where both changed the same lines differently, both versions are kept one after
 * the other (this side's first) and the merge is not clean, for the writer to settle. What is offered as "merged" in
 * a conflict; never applied without the user.
 */
public final class TextMerge {
    /** Beyond this many line pairs to compare the texts are not merged line by line, only put one after the other. */
    static final long MAX_WORK = 4_000_000L;

    /** The merged text, and whether every change fitted without overlapping another. */
    public record Result(String text, boolean clean) {
    }

    private TextMerge() {
    }

    public static Result merge(String base, String mine, String theirs) {
        String b = base == null ? "" : base;
        String m = mine == null ? "" : mine;
        String t = theirs == null ? "" : theirs;
        if (m.equals(t) || t.equals(b)) {
            return new Result(m, true);
        }
        if (m.equals(b)) {
            return new Result(t, true);
        }
        List<String> bl = b.lines().toList();
        List<String> ml = m.lines().toList();
        List<String> tl = t.lines().toList();
        if ((long) bl.size() * Math.max(ml.size(), tl.size()) > MAX_WORK) {
            return new Result(m + "\n\n" + t, false);
        }
        int[] toMine = matches(bl, ml);
        int[] toTheirs = matches(bl, tl);
        List<String> out = new ArrayList<>();
        boolean clean = true;
        int bi = 0;
        int mi = 0;
        int ti = 0;
        while (bi <= bl.size()) {
            // The next base line kept on both sides (or the end) closes a region of changes.
            int next = bi;
            while (next < bl.size() && (toMine[next] < 0 || toTheirs[next] < 0)) {
                next++;
            }
            int mEnd = next < bl.size() ? toMine[next] : ml.size();
            int tEnd = next < bl.size() ? toTheirs[next] : tl.size();
            List<String> baseRegion = bl.subList(bi, next);
            List<String> mineRegion = ml.subList(mi, mEnd);
            List<String> theirsRegion = tl.subList(ti, tEnd);
            if (mineRegion.equals(theirsRegion) || theirsRegion.equals(baseRegion)) {
                out.addAll(mineRegion);
            } else if (mineRegion.equals(baseRegion)) {
                out.addAll(theirsRegion);
            } else {
                out.addAll(mineRegion);
                out.addAll(theirsRegion);
                clean = false;
            }
            if (next == bl.size()) {
                break;
            }
            out.add(bl.get(next));
            bi = next + 1;
            mi = mEnd + 1;
            ti = tEnd + 1;
        }
        return new Result(String.join("\n", out) + (m.endsWith("\n") ? "\n" : ""), clean);
    }

    /** For each line of {@code a}, the line of {@code b} it is kept as (longest common subsequence), or -1. */
    private static int[] matches(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int[] out = new int[a.size()];
        java.util.Arrays.fill(out, -1);
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                out[i++] = j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return out;
    }
}
