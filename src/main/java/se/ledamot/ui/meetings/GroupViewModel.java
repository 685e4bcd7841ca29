package se.ledamot.ui.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.domain.meeting.Position;
import se.ledamot.domain.meeting.Stance;
import se.ledamot.l10n.Localization;
import se.ledamot.service.MeetingService;
import se.ledamot.service.PositionService;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.task.BackgroundTask;

/**
 * The group meeting (gruppmöte) before one meeting: every item with the group's position, speaker, arguments and
 * notes. Only the chosen group's positions are read or written.
 */
public final class GroupViewModel {
    private final AppContext context;
    private final MeetingService meetings;
    private final PositionService positions;
    private final StringProperty group = new SimpleStringProperty("");
    private final ObservableList<Meeting> upcoming = FXCollections.observableArrayList();
    private final ObjectProperty<Meeting> meeting = new SimpleObjectProperty<>();
    private final ObservableList<GroupRow> rows = FXCollections.observableArrayList();
    private final FilteredList<GroupRow> shown = new FilteredList<>(rows);
    private final BooleanProperty onlyUndecided = new SimpleBooleanProperty();

    public GroupViewModel(AppContext context) {
        this.context = context;
        this.meetings = context.services().meetings();
        this.positions = context.services().positions();
        // The user's own party is the group most often meant: chosen at once, not only hinted at.
        group.set(java.util.Objects.requireNonNullElse(context.preferences().userParty().get(), "").strip());
        onlyUndecided.addListener((o, was, now) -> shown.setPredicate(now ? r -> !r.position().isDecided() : null));
        meeting.addListener((o, was, now) -> reload());
        group.addListener((o, was, now) -> reload());
    }

    /** Planned meetings from today on; the first one is chosen when none is. */
    public void loadMeetings() {
        LocalDate today = context.today();
        BackgroundTask.of(p -> meetings.list().stream()
                        .filter(m -> m.status() == MeetingStatus.PLANNED && !m.date().isBefore(today)).toList())
                .title(Localization.get("meeting.ui.loading"))
                .onSuccess(list -> {
                    Meeting keep = meeting.get();
                    upcoming.setAll(list);
                    meeting.set(keep != null && list.contains(keep) ? keep : list.isEmpty() ? null : list.getFirst());
                })
                .executeWith(context.tasks());
    }

    public void reload() {
        Meeting m = meeting.get();
        String g = group.get();
        if (m == null || g == null || g.isBlank()) {
            rows.clear();
            return;
        }
        String code;
        try {
            code = Position.groupCode(g);
        } catch (DomainException e) {
            // A code that is no group's (too long): show no positions at all rather than the last group's.
            rows.clear();
            context.dialogs().notify(Localization.message(e));
            return;
        }
        LocalDate today = context.today();
        BackgroundTask.of(p -> load(m, code, today))
                .title(Localization.get("meeting.ui.loading"))
                .onSuccess(rows::setAll)
                .onFailure(e -> context.dialogs().notify(Errors.describe(e)))
                .executeWith(context.tasks());
    }

    private List<GroupRow> load(Meeting m, String g, LocalDate today) {
        Map<Long, Position> byItem = positions.ofMeeting(m.id(), g);
        return meetings.agendaOf(m.id()).entries().stream().map(e -> new GroupRow(AgendaRow.of(e, today),
                byItem.getOrDefault(e.item().id(), Position.undecided(e.item().id(), g)))).toList();
    }

    /**
     * The position with the form's values, or empty (after saying why) when one does not fit, such as a speaker's
     * name longer than it may be. The form keeps what was typed.
     */
    public Optional<Position> edited(Position position, UnaryOperator<Position> change) {
        try {
            return Optional.of(change.apply(position));
        } catch (DomainException e) {
            context.dialogs().notify(Localization.message(e));
            return Optional.empty();
        }
    }

    /** Stores a changed position of the group and shows it in its row. */
    public boolean save(Position changed) {
        try {
            positions.save(group.get(), changed);
        } catch (RuntimeException e) {
            context.dialogs().notify(Errors.describe(e));
            return false;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).agenda().item().id() == changed.itemId()) {
                rows.set(i, new GroupRow(rows.get(i).agenda(), changed));
            }
        }
        return true;
    }

    public boolean setStance(GroupRow row, Stance stance) {
        return save(row.position().withStance(stance));
    }

    public boolean markReviewed(GroupRow row, boolean reviewed) {
        return save(row.position().withReviewed(reviewed));
    }

    public StringProperty groupProperty() {
        return group;
    }

    public ObservableList<Meeting> upcoming() {
        return upcoming;
    }

    public ObjectProperty<Meeting> meetingProperty() {
        return meeting;
    }

    /** The rows as the filter shows them. */
    public ObservableList<GroupRow> rows() {
        return shown;
    }

    public BooleanProperty onlyUndecidedProperty() {
        return onlyUndecided;
    }
}
