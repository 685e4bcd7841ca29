package se.ledamot.ui.shell;

import se.ledamot.brief.layout.PdfWriter;
import se.ledamot.ui.task.BackgroundTask;

/** A background task's progress as the PDF writer reports it: one step per page, and the task's cancel between pages. */
public final class PageProgress {
    private PageProgress() {
    }

    public static PdfWriter.Progress of(BackgroundTask.Progress p) {
        return new PdfWriter.Progress() {
            @Override
            public void page(int done, int total) {
                p.update(done, total);
            }

            @Override
            public boolean cancelled() {
                return p.isCancelled();
            }
        };
    }
}
