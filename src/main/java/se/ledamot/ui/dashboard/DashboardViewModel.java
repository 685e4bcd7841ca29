package se.ledamot.ui.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.ledamot.l10n.Dates;
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
 * The dashboard's state: the "this week" list and the chart figures, read and worked out off the FX thread, again
 * when the user's name or party changes.
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
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(Localization.get("dashboard.reading"));
    /** True while a new folder's samples are being stored: what is read meanwhile would count nought. */
    private final ObservableBooleanValue samplesComing;
    /** A read came back while the samples were coming; it is read again once they are stored. */
    private boolean readTooEarly;
    private Source last;
    /** Which load and which figures are the latest asked for; older results arriving late are dropped. */
    private int loads;
    private int shows;

    /** A dashboard whose folder has no samples on their way. */
    public DashboardViewModel(Supplier<Source> source, TaskExecutor tasks, WriterPreferences preferences,
            Clock clock) {
        this(source, tasks, preferences, clock, new SimpleBooleanProperty(false));
    }

    public DashboardViewModel(Supplier<Source> source, TaskExecutor tasks, WriterPreferences preferences,
            Clock clock, ObservableBooleanValue samplesComing) {
        this.source = source;
        this.tasks = tasks;
        this.preferences = preferences;
        this.clock = clock;
        this.samplesComing = samplesComing;
        preferences.userName().addListener((o, was, now) -> recompute());
        preferences.userParty().addListener((o, was, now) -> recompute());
        samplesComing.addListener((o, was, coming) -> {
            if (!coming && readTooEarly) {
                readTooEarly = false;
                load();
            }
        });
    }

    /** The dashboard of a window: the matters and deadlines as the deadline service gives them. */
    public static DashboardViewModel of(AppContext context) {
        return new DashboardViewModel(() -> {
            DeadlineService.Outlook outlook = context.services().deadlines().outlook(context.today());
            return new Source(outlook.matters(), outlook.pending(), outlook.nextCouncilMeeting(), outlook.rules());
        }, context.tasks(), context.preferences(), context.clock(), context.samplesComingProperty());
    }

    /**
     * Reads the matters and works out the figures in the background (at 100 000 matters some 3 200 open ones are
     * sorted: too long for the FX thread, which only shows the result).
     */
    public void load() {
        int load = ++loads;
        String name = preferences.userName().get();
        String party = preferences.userParty().get();
        BackgroundTask.of(p -> worked(source.get(), name, party))
                .title(Localization.get("dashboard.loading"))
                .onSuccess(w -> {
                    if (load != loads) {
                        return; // a later load is on its way
                    }
                    if (samplesComing.get()) {
                        readTooEarly = true; // the summary goes on saying it reads
                        return;
                    }
                    last = w.source();
                    if (w.isFor(preferences.userName().get(), preferences.userParty().get())) {
                        shows++;
                        show(w);
                    } else {
                        recompute(); // the user typed another name meanwhile
                    }
                })
                .executeWith(tasks);
    }

    /** The figures again for another name or party, from the matters already read; the latest typed wins. */
    private void recompute() {
        if (last == null) {
            return;
        }
        int shown = ++shows;
        Source from = last;
        String name = preferences.userName().get();
        String party = preferences.userParty().get();
        BackgroundTask.of(p -> worked(from, name, party))
                .onSuccess(w -> {
                    if (shown == shows) {
                        show(w);
                    }
                })
                .executeWith(tasks);
    }

    /** Off the FX thread: the figures for one name and party. */
    private Worked worked(Source s, String name, String party) {
        return new Worked(s, name, party, DashboardFigures.of(s.matters(), s.pending(), LocalDate.now(clock),
                s.nextMeeting(), s.deadlines(), name, party));
    }

    private void show(Worked w) {
        DashboardFigures f = w.figures();
        attention.setAll(f.attention());
        figures.set(f);
        long overdue = f.attention().stream().filter(a -> a.reason() == AttentionItem.Reason.OVERDUE).count();
        summary.set(Localization.get("dashboard.summary", overdue, f.attention().size() - overdue,
                w.source().nextMeeting().map(DashboardViewModel::day)
                        .orElse(Localization.get("dashboard.noMeeting"))));
    }

    /** "14 december 2026", as the agenda and the timeline write a day, kept on one line when the summary wraps. */
    private static String day(LocalDate date) {
        return Dates.date(date).replace(' ', '\u00a0');
    }

    /** The figures worked out from one read of the matters for one name and party. */
    private record Worked(Source source, String name, String party, DashboardFigures figures) {
        boolean isFor(String currentName, String currentParty) {
            return Objects.equals(name, currentName) && Objects.equals(party, currentParty);
        }
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
