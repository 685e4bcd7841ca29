package se.ledamot.ui.register;

import java.util.List;
import java.util.function.Consumer;
import se.ledamot.domain.MatterSummary;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.task.BackgroundTask;

/**
 * What the register reads besides its ids, each in the background and after the first rows, never before them: the
 * rows of a page, the party filter's choices, and the search index brought up to date.
 */
final class RegisterReadsViewModel {
    private final AppContext context;
    private boolean indexPrepared;

    RegisterReadsViewModel(AppContext context) {
        this.context = context;
    }

    /** The rows of these matters, handed over on the FX thread ({@link RowCache.Reader}). */
    void rows(long[] ids, Consumer<List<MatterSummary>> then, Runnable failed) {
        BackgroundTask.of(p -> context.services().register().rows(ids))
                .onSuccess(then::accept)
                .onFailure(e -> {
                    failed.run();
                    context.dialogs().notify(Errors.describe(e));
                })
                .executeWith(context.tasks());
    }

    /** Every party among the authors, for the party filter. */
    void parties(Consumer<List<String>> then) {
        BackgroundTask.of(p -> context.services().register().parties())
                .onSuccess(then::accept)
                .onFailure(e -> context.dialogs().notify(Errors.describe(e)))
                .executeWith(context.tasks());
    }

    /**
     * Once the first rows are shown, the search index is brought up to date in the background (built, the first
     * time, from the whole database), so that the first letter typed does not wait for it; only once.
     */
    void prepareSearch() {
        if (!indexPrepared) {
            indexPrepared = true;
            BackgroundTask.of(p -> {
                context.services().search().prepare();
                return null;
            }).onFailure(e -> context.dialogs().notify(Errors.describe(e))).executeWith(context.tasks());
        }
    }
}
