package se.ledamot.ui.register;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import se.ledamot.domain.Deadline;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterField;
import se.ledamot.domain.MatterSummary;
import se.ledamot.domain.UndatedDeadline;
import se.ledamot.domain.Urgency;
import se.ledamot.l10n.Grammar;
import se.ledamot.l10n.Localization;

/**
 * One line of the register: what the table shows of a matter. A row is made empty for its id when the table first
 * asks for it and filled when its page has been read ({@link #loadedProperty()}); it stays the same object when its
 * matter is saved, so the table keeps its selection while the user types in the editor. It holds no texts: the
 * editor reads the matter itself.
 */
public final class MatterRow {
    private final long id;
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper number = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper kind = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<LocalDate> submitted = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper authors = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Long> ageMonths = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Deadline> deadline = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<UndatedDeadline> undated = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper deadlineText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Urgency> urgency = new ReadOnlyObjectWrapper<>(Urgency.NONE);

    /** A row still to be read. */
    MatterRow(long id) {
        this.id = id;
    }

    MatterRow(Matter m, Deadlines deadlines, LocalDate today) {
        this(m.id());
        update(m, deadlines, today);
    }

    void update(MatterSummary s, Deadlines deadlines, LocalDate today) {
        update(s.forDeadlines(), deadlines, today);
    }

    /** Shows a matter (or the part of it a summary has: every column, and what deadlines need). */
    void update(Matter m, Deadlines deadlines, LocalDate today) {
        show(Shown.of(m, deadlines, today));
    }

    /** Shows what was worked out for this row's matter (perhaps off the FX thread). */
    void show(Shown s) {
        number.set(s.number());
        kind.set(s.kind());
        title.set(s.title());
        submitted.set(s.submitted());
        authors.set(s.authors());
        status.set(s.status());
        ageMonths.set(s.ageMonths());
        deadline.set(s.deadline());
        undated.set(s.undated());
        deadlineText.set(s.deadlineText());
        urgency.set(s.urgency());
        loaded.set(true);
    }

    /**
     * What a row shows of a matter, worked out on any thread: the register's first page is worked out where it is
     * read, so the FX thread only sets the values between the window and the first rows (issue 15: each row's
     * deadlines and their texts were a tenth of the FX thread's time then).
     */
    record Shown(long id, String number, String kind, String title, LocalDate submitted, String authors,
            String status, Long ageMonths, Deadline deadline, UndatedDeadline undated, String deadlineText,
            Urgency urgency) {
        static Shown of(Matter m, Deadlines deadlines, LocalDate today) {
            Optional<Deadline> nearest = deadlines.nearest(m);
            UndatedDeadline undated = deadlines.undated(m).orElse(null);
            return new Shown(m.id(), m.number() == null ? "" : m.number(), Localization.kind(m.kind()), m.title(),
                    m.submitted(), MatterField.AUTHORS.textOf(m), Localization.status(m.kind(), m.status()),
                    Deadlines.ageInMonths(m, today).orElse(null), nearest.orElse(null), undated,
                    nearest.map(d -> Grammar.due(d, today))
                            .orElse(undated == null ? "" : Localization.get("deadline.unplanned")),
                    nearest.map(d -> d.urgency(today)).orElse(Urgency.NONE));
        }
    }

    /** The row's matter may have changed elsewhere: it is read again the next time the table shows it. */
    void stale() {
        loaded.set(false);
    }


    public long id() {
        return id;
    }

    public boolean isLoaded() {
        return loaded.get();
    }

    /** Whether the row shows its matter yet (false until its page has been read, and after it went stale). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public String title() {
        return title.get();
    }

    public ReadOnlyStringProperty numberProperty() {
        return number.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty kindProperty() {
        return kind.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> submittedProperty() {
        return submitted.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty authorsProperty() {
        return authors.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whole months since submission, or null before it is submitted. */
    public ReadOnlyObjectProperty<Long> ageMonthsProperty() {
        return ageMonths.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Deadline> deadlineProperty() {
        return deadline.getReadOnlyProperty();
    }

    /** A clock that runs without a date yet (an answer at a meeting not planned), when there is no deadline. */
    public ReadOnlyObjectProperty<UndatedDeadline> undatedProperty() {
        return undated.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty deadlineTextProperty() {
        return deadlineText.getReadOnlyProperty();
    }

    public Urgency urgency() {
        return urgency.get();
    }

    public ReadOnlyObjectProperty<Urgency> urgencyProperty() {
        return urgency.getReadOnlyProperty();
    }
}
