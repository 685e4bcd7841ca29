package se.ledamot.ui.register;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import se.ledamot.domain.Deadline;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterField;
import se.ledamot.domain.Urgency;
import se.ledamot.l10n.Grammar;
import se.ledamot.l10n.Localization;

/**
 * One line of the register: a matter and what the table shows of it. The row object stays the same when its matter
 * is saved, so the table keeps its selection while the user types in the editor.
 */
public final class MatterRow {
    private final ReadOnlyObjectWrapper<Matter> matter = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper number = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper kind = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<LocalDate> submitted = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper authors = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Long> ageMonths = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Deadline> deadline = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper deadlineText = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Urgency> urgency = new ReadOnlyObjectWrapper<>(Urgency.NONE);

    MatterRow(Matter m, Deadlines deadlines, LocalDate today) {
        update(m, deadlines, today);
    }

    void update(Matter m, Deadlines deadlines, LocalDate today) {
        matter.set(m);
        number.set(m.number() == null ? "" : m.number());
        kind.set(Localization.kind(m.kind()));
        title.set(m.title());
        submitted.set(m.submitted());
        authors.set(MatterField.AUTHORS.textOf(m));
        status.set(Localization.status(m.kind(), m.status()));
        ageMonths.set(Deadlines.ageInMonths(m, today).orElse(null));
        Optional<Deadline> nearest = deadlines.nearest(m);
        deadline.set(nearest.orElse(null));
        deadlineText.set(nearest.map(d -> Grammar.due(d, today)).orElse(""));
        urgency.set(nearest.map(d -> d.urgency(today)).orElse(Urgency.NONE));
    }


    public long id() {
        return matter.get().id();
    }

    public Matter matter() {
        return matter.get();
    }

    public ReadOnlyObjectProperty<Matter> matterProperty() {
        return matter.getReadOnlyProperty();
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
