package se.ledamot.ui.register;

import java.util.List;
import java.util.function.Consumer;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.MatterSummary;
import se.ledamot.l10n.Localization;
import se.ledamot.service.RegisterService;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.task.BackgroundTask;

/**
 * What the register reads besides its ids, each in the background: its first page before anything else at start,
 * then, after the first rows and never before them, the rows of a page, the party filter's choices, and the search
 * index brought up to date.
 */
final class RegisterReadsViewModel {
    private final AppContext context;
    private boolean indexPrepared;

    RegisterReadsViewModel(AppContext context) {
        this.context = context;
    }

    /** The register's first page, its rows worked out, and the deadline rules they show. */
    record FirstRows(List<MatterRow.Shown> rows, Deadlines rules) {
    }

    /**
     * The first page of the register's list, read before its whole list and before anything else at start, and its
     * rows worked out there too (their deadlines, in words); null when it could not be read (the whole list, asked
     * next, says why if it cannot be read either).
     */
    void firstRows(RegisterService.Query q, Consumer<FirstRows> then) {
        BackgroundTask.of(p -> {
            java.time.LocalDate today = context.today();
            List<MatterSummary> read = context.services().register().firstRows(q, RowCache.FIRST_PAGE, today);
            Deadlines rules = context.services().deadlines().rules();
            return new FirstRows(read.stream().map(s -> MatterRow.Shown.of(s.forDeadlines(), rules, today))
                    .toList(), rules);
        })
                .onSuccess(then::accept)
                .onFailure(e -> then.accept(null))
                .executeWith(context.tasks());
    }

    /** Work in the background; {@code done} runs after {@code then}, or after a failure (which is said). */
    <T> void inBackground(java.util.concurrent.Callable<T> work, Consumer<T> then, Runnable done,
            se.ledamot.ui.task.TaskExecutor on) {
        BackgroundTask.of(p -> work.call())
                .onSuccess(result -> {
                    then.accept(result);
                    done.run();
                })
                .onFailure(e -> {
                    context.dialogs().notify(Errors.describe(e));
                    done.run();
                })
                .executeWith(on);
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
     * time, from the whole database), so that the first letter typed does not wait for it; only once. Made whole (a
     * first start, a server's, a folder protected by a password: minutes at 100 000 matters) it says so in the status
     * bar, with its progress and Avbryt (a search typed then makes it).
     */
    void prepareSearch() {
        if (!indexPrepared) {
            indexPrepared = true;
            BackgroundTask.of(p -> {
                boolean whole = context.services().search().needsRebuild();
                if (!whole) {
                    context.services().search().prepare();
                }
                return whole;
            }).onSuccess(whole -> {
                if (whole) {
                    rebuildSearch();
                }
            }).onFailure(e -> context.dialogs().notify(Errors.describe(e))).executeWith(context.tasks());
        }
    }

    private void rebuildSearch() {
        BackgroundTask.of(p -> {
            context.services().search().prepare((done, all) -> {
                p.update(done, all);
                if (p.isCancelled()) {
                    throw new java.util.concurrent.CancellationException();
                }
            });
            return null;
        }).title(Localization.get("ui.search.indexing"))
                .onFailure(e -> context.dialogs().notify(Errors.describe(e))).executeWith(context.tasks());
    }
}
