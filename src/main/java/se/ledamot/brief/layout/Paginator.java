package se.ledamot.brief.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import se.ledamot.brief.layout.Typesetter.Box;
import se.ledamot.brief.layout.Typesetter.Placed;

/** Fills pages with boxes; see {@link Typesetter} for where breaks may fall. */
final class Paginator {
    /**
     * The fewest lines a document's last page holds when its text runs over from the page before: a typesetter does not
     * leave a short tail alone on a page (the handlingar start each item's papers on a new page, so every document
     * ends one), but moves the break earlier, to a place the widow and orphan rules allow.
     */
    static final int TAIL_LINES = 5;

    private Paginator() {
    }

    static List<List<Placed>> paginate(List<Box> boxes, float bodyHeight) {
        List<List<Box>> pages = new ArrayList<>();
        List<Box> page = new ArrayList<>();
        Deque<Box> queue = new ArrayDeque<>(boxes);
        float used = 0;
        int lastBreak = -1;
        // Whether the page holds text run over from the page before (it began where that one was cut).
        boolean runOver = false;
        while (!queue.isEmpty()) {
            Box b = queue.poll();
            if (b.pageBreak()) {
                if (!page.isEmpty() && (!b.soft() || used >= Typesetter.SOFT_BREAK_FILL * bodyHeight
                        && used + b.group() > bodyHeight + 0.01f)) {
                    end(pages, page, runOver, bodyHeight);
                    page = new ArrayList<>();
                    used = 0;
                    lastBreak = -1;
                    runOver = false;
                }
                continue;
            }
            if (page.isEmpty() && b.rule() && !pages.isEmpty()) {
                // At the head of a page a rule divides nothing from nothing (Box.rule).
                continue;
            }
            float glue = page.isEmpty() ? 0 : b.glue();
            if (page.isEmpty() || used + glue + b.height() <= bodyHeight + 0.01f) {
                if (b.breakBefore() && !page.isEmpty()) {
                    lastBreak = page.size();
                }
                page.add(b);
                used += glue + b.height();
                continue;
            }
            int cut = b.breakBefore() ? page.size() : lastBreak > 0 ? lastBreak : page.size();
            queue.addFirst(b);
            for (int k = page.size() - 1; k >= cut; k--) {
                queue.addFirst(page.get(k));
            }
            pages.add(new ArrayList<>(page.subList(0, cut)));
            Box next = queue.peek();
            if (next.repeat() != null && !(cut == 1 && page.getFirst() == next.repeat())) {
                queue.addFirst(next.repeat());
            }
            page = new ArrayList<>();
            used = 0;
            lastBreak = -1;
            runOver = true;
        }
        if (!page.isEmpty()) {
            end(pages, page, runOver, bodyHeight);
        }
        return pages.stream().map(Paginator::place).toList();
    }

    /**
     * Adds the last page of a document (the next starts a new page, or nothing follows). If it holds only a few lines
     * run over from the page before, the break between them moves up to the latest place allowed that leaves
     * {@link #TAIL_LINES} here and as many there; where there is none, or a table's header would be repeated, it
     * stays. A page that begins with a section's heading (an item, "Meddelanden" with nothing under it) holds no text
     * run over: the item goes over whole and alone, and the page before keeps the lines it had room for.
     */
    private static void end(List<List<Box>> pages, List<Box> tail, boolean runOver, float bodyHeight) {
        List<Box> before = pages.isEmpty() ? null : pages.getLast();
        if (!runOver || tail.size() >= TAIL_LINES || tail.getFirst().anchor() != null) {
            pages.add(tail);
            return;
        }
        for (int k = before.size() - (TAIL_LINES - tail.size()); k >= TAIL_LINES; k--) {
            if (!before.get(k).breakBefore()) {
                continue;
            }
            List<Box> moved = new ArrayList<>(before.subList(before.get(k).rule() ? k + 1 : k, before.size()));
            moved.addAll(tail);
            if (moved.stream().noneMatch(b -> b.repeat() != null) && height(moved) <= bodyHeight + 0.01f) {
                pages.set(pages.size() - 1, new ArrayList<>(before.subList(0, k)));
                pages.add(moved);
                return;
            }
            break;
        }
        pages.add(tail);
    }

    /** The height of boxes set one under the other on a page. */
    static float height(List<Box> boxes) {
        float h = 0;
        for (int i = 0; i < boxes.size(); i++) {
            h += (i == 0 ? 0 : boxes.get(i).glue()) + boxes.get(i).height();
        }
        return h;
    }

    private static List<Placed> place(List<Box> boxes) {
        List<Placed> out = new ArrayList<>(boxes.size());
        float y = 0;
        for (int i = 0; i < boxes.size(); i++) {
            Box b = boxes.get(i);
            y += i == 0 ? 0 : b.glue();
            out.add(new Placed(b, y));
            y += b.height();
        }
        return out;
    }
}
