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
        number.set(m.number() == null ? "" : m.number());
        kind.set(Localization.kind(m.kind()));
        title.set(m.title());
        submitted.set(m.submitted());
        authors.set(MatterField.AUTHORS.textOf(m));
        status.set(Localization.status(m.kind(), m.status()));
        ageMonths.set(Deadlines.ageInMonths(m, today).orElse(null));
        Optional<Deadline> nearest = deadlines.nearest(m);
        deadline.set(nearest.orElse(null));
        undated.set(deadlines.undated(m).orElse(null));
        deadlineText.set(nearest.map(d -> Grammar.due(d, today))
                .orElse(undated.get() == null ? "" : Localization.get("deadline.unplanned")));
        urgency.set(nearest.map(d -> d.urgency(today)).orElse(Urgency.NONE));
        loaded.set(true);
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
