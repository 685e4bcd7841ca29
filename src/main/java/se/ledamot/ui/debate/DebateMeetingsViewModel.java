package se.ledamot.ui.debate;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.ledamot.domain.Person;
import se.ledamot.domain.debate.Debate;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.service.DebateItem;
import se.ledamot.service.DebateService;
import se.ledamot.ui.dialog.DialogService;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.TaskExecutor;

/**
 * Which meeting Debatt shows and which of its items is open: the meetings to choose from, the chosen one's items named
 * as Protokoll names them, and the item opened when none is asked for (its first, as Protokoll opens on its first §).
 */
final class DebateMeetingsViewModel {
    private final DebateService debates;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Supplier<LocalDate> today;
    private final Supplier<Debate> open;
    private final LongConsumer openItem;
    private final ObservableList<Meeting> meetingList = FXCollections.observableArrayList();
    private final ObjectProperty<Meeting> meeting = new SimpleObjectProperty<>();
    private final ObservableList<DebateItem> items = FXCollections.observableArrayList();
    /** The people seated in the meeting's body, read with its items (a speaker typed is matched with them). */
    private List<Person> seated = List.of();
    /** The item asked to be opened and not read yet: a meeting's items read meanwhile open no other. */
    private Long asked;

    /**
     * @param open     the debate open now, or null
     * @param openItem opens an item's debate (in {@code lane}, after the items are read)
     */
    DebateMeetingsViewModel(DebateService debates, TaskExecutor tasks, TaskExecutor lane, DialogService dialogs,
            Supplier<LocalDate> today, Supplier<Debate> open, LongConsumer openItem) {
        this.debates = debates;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.today = today;
        this.open = open;
        this.openItem = openItem;
        meeting.addListener((o, was, now) -> {
            if (now != null) {
                BackgroundTask.of(p -> new Read(debates.items(now.id()), debates.seated(now.body())))
                        .onSuccess(read -> {
                            if (now.equals(meeting.get())) {
                                List<DebateItem> rows = read.items();
                                seated = read.seated();
                                items.setAll(rows);
                                openFirst(now, rows);
                            }
                        })
                        .onFailure(e -> dialogs.notify(Errors.describe(e)))
                        // In the lane: an item opened after choosing the meeting finds its row in the list.
                        .executeWith(lane);
            }
        });
    }

    /** A meeting shown with none of its items open and none asked for opens on its first (walk 20b: none was open). */
    private void openFirst(Meeting m, List<DebateItem> rows) {
        Debate d = open.get();
        if (asked == null && !rows.isEmpty() && (d == null || !d.meeting().id().equals(m.id()))) {
            openItem.accept(rows.getFirst().item().id());
        }
    }

    /** An item is being opened ({@code itemId}), or its read came back (null). */
    void asked(Long itemId) {
        asked = itemId;
    }

    /**
     * Every meeting, latest first; the one chosen stays chosen as it is read now (walk 20b: marked held since, its old
     * copy was no longer in the list and the chooser stood blank), else the next one to come, else the latest held.
     */
    void load(Runnable then) {
        BackgroundTask.of(p -> debates.meetings())
                .onSuccess(list -> {
                    Meeting was = meeting.get();
                    meetingList.setAll(list);
                    meeting.set((was == null ? Meeting.nextComing(list, today.get()) : list.stream()
                            .filter(m -> m.id().equals(was.id())).findFirst()).orElse(null));
                    then.run();
                })
                .onFailure(e -> dialogs.notify(Errors.describe(e)))
                .executeWith(tasks);
    }

    /** Chooses the meeting {@code meetingId} (its list read first when it is not in it), then does {@code then}. */
    void show(long meetingId, Runnable then) {
        Runnable choose = () -> {
            meetingList.stream().filter(m -> m.id() == meetingId).findFirst().ifPresent(meeting::set);
            then.run();
        };
        if (meetingList.stream().noneMatch(m -> m.id() == meetingId)) {
            load(choose);
        } else {
            choose.run();
        }
    }

    private record Read(List<DebateItem> items, List<Person> seated) {
    }

    /** The people seated in the body of the meeting whose items are listed. */
    List<Person> seated() {
        return seated;
    }

    ObservableList<Meeting> meetings() {
        return meetingList;
    }

    ObjectProperty<Meeting> meeting() {
        return meeting;
    }

    ObservableList<DebateItem> items() {
        return items;
    }

    /** A debate's item as its row names it; its matter's title alone while the rows are not read yet. */
    String label(Debate d) {
        return items.stream().filter(r -> Objects.equals(r.item().id(), d.item().id())).findFirst()
                .map(DebateItem::toString).orElse(d.matter().title());
    }
}
