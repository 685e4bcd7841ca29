package se.ledamot.ui.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.PendingCounts;
import se.ledamot.l10n.Localization;
import se.ledamot.service.DeadlineService;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.WriterPreferences;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.TaskExecutor;

/**
 * The dashboard's state: the "this week" list and the chart figures, loaded off the FX thread and recomputed when
 * the user's name or party changes.
 */
public final class DashboardViewModel {
    /**
     * What the dashboard reads: the open matters that may need attention, the pending ones counted, the date of the
     * next meeting if one is planned, the deadline rules.
     */
    public record Source(List<Matter> matters, PendingCounts pending, Optional<LocalDate> nextMeeting,
            Deadlines deadlines) {
        /** From every open matter in memory, counted here. */
        public Source(List<Matter> matters, Optional<LocalDate> nextMeeting, Deadlines deadlines) {
            this(matters, PendingCounts.of(matters), nextMeeting, deadlines);
        }
    }

    private final Supplier<Source> source;
    private final TaskExecutor tasks;
    private final WriterPreferences preferences;
    private final Clock clock;
    private final ObservableList<AttentionItem> attention = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DashboardFigures> figures = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private Source last;

    public DashboardViewModel(Supplier<Source> source, TaskExecutor tasks, WriterPreferences preferences,
            Clock clock) {
        this.source = source;
        this.tasks = tasks;
        this.preferences = preferences;
        this.clock = clock;
        preferences.userName().addListener((o, was, now) -> recompute());
        preferences.userParty().addListener((o, was, now) -> recompute());
    }

    /** The dashboard of a window: the matters and deadlines as the deadline service gives them. */
    public static DashboardViewModel of(AppContext context) {
        return new DashboardViewModel(() -> {
            DeadlineService.Outlook outlook = context.services().deadlines().outlook(context.today());
            return new Source(outlook.matters(), outlook.pending(), outlook.nextCouncilMeeting(), outlook.rules());
        }, context.tasks(), context.preferences(), context.clock());
    }

    public void load() {
        BackgroundTask.of(p -> source.get())
                .title(Localization.get("dashboard.loading"))
                .onSuccess(s -> {
                    last = s;
                    recompute();
                })
                .executeWith(tasks);
    }

    private void recompute() {
        if (last == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        DashboardFigures f = DashboardFigures.of(last.matters(), last.pending(), today, last.nextMeeting(),
                last.deadlines(), preferences.userName().get(), preferences.userParty().get());
        attention.setAll(f.attention());
        figures.set(f);
        long overdue = f.attention().stream().filter(a -> a.reason() == AttentionItem.Reason.OVERDUE).count();
        summary.set(Localization.get("dashboard.summary", overdue, f.attention().size() - overdue,
                last.nextMeeting().map(LocalDate::toString).orElse(Localization.get("dashboard.noMeeting"))));
    }

    public ObservableList<AttentionItem> attention() {
        return attention;
    }

    public ReadOnlyObjectProperty<DashboardFigures> figures() {
        return figures.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    public WriterPreferences preferences() {
        return preferences;
    }
}
