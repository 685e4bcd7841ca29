package se.ledamot.ui.settings;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.ledamot.l10n.ClockText;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.calendar.HolidayShift;
import se.ledamot.domain.meeting.SubmissionKind;
import se.ledamot.domain.meeting.SubmissionRule;
import se.ledamot.l10n.Localization;
import se.ledamot.l10n.RuleText;

/**
 * One submission rule of a body as the settings form holds it: whether the body has one for this kind, its form
 * ("10 dagar före", "torsdagen före", "måndagen två veckor före"), the number, the weekday, the hour as typed and the
 * holiday direction. The written answer always has a rule.
 */
public final class RuleRow {

    private final SubmissionKind kind;
    private final BooleanProperty enabled = new SimpleBooleanProperty();
    private final ObjectProperty<SubmissionRule.Form> form = new SimpleObjectProperty<>(SubmissionRule.Form.DAYS_BEFORE);
    private final ObjectProperty<Integer> amount = new SimpleObjectProperty<>(1);
    private final ObjectProperty<DayOfWeek> weekday = new SimpleObjectProperty<>(DayOfWeek.MONDAY);
    private final StringProperty time = new SimpleStringProperty("");
    private final ObjectProperty<HolidayShift> shift = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper("");

    RuleRow(SubmissionKind kind) {
        this.kind = kind;
        enabled.set(kind == SubmissionKind.WRITTEN_ANSWER);
        shift.set(SubmissionRule.defaultShift(kind));
        fields().forEach(f -> f.addListener(o -> describe()));
        describe();
    }

    /** The rule in an arbetsordning's words as it is typed, or why it is not a rule yet. */
    private void describe() {
        try {
            description.set(rule().map(RuleText::describe)
                    .orElseGet(() -> Localization.get("settings.rule.none")));
        } catch (DomainException e) {
            description.set(Localization.message(e));
        }
    }

    /** Shows a rule, or none: the fields keep their last values, ready for the rule to be switched on again. */
    void load(Optional<SubmissionRule> rule) {
        enabled.set(rule.isPresent() || kind == SubmissionKind.WRITTEN_ANSWER);
        rule.ifPresent(r -> {
            form.set(r.form());
            amount.set(r.amount());
            if (r.weekday() != null) {
                weekday.set(r.weekday());
            }
            time.set(r.hasHour() ? ClockText.of(r.time()) : "");
            shift.set(r.shift());
        });
    }

    /** The rule as typed, none when switched off; refused with a reason when the hour cannot be read. */
    Optional<SubmissionRule> rule() {
        if (!enabled.get()) {
            return Optional.empty();
        }
        return Optional.of(new SubmissionRule(kind, form.get(), amount.get() == null ? -1 : amount.get(),
                weekday.get(), hour(time.get()), shift.get()));
    }

    /** "08.00", "8:00" or blank (the end of the day). */
    static LocalTime hour(String typed) {
        return ClockText.parse(typed, "settings.badHour");
    }

    List<Observable> fields() {
        return List.of(enabled, form, amount, weekday, time, shift);
    }

    public SubmissionKind kind() {
        return kind;
    }

    /** The written answer cannot be switched off: the asker always gets the answer before the meeting. */
    public boolean optional() {
        return kind != SubmissionKind.WRITTEN_ANSWER;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public ObjectProperty<SubmissionRule.Form> formProperty() {
        return form;
    }

    public ObjectProperty<Integer> amountProperty() {
        return amount;
    }

    public ObjectProperty<DayOfWeek> weekdayProperty() {
        return weekday;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public ObjectProperty<HolidayShift> shiftProperty() {
        return shift;
    }

    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }
}
