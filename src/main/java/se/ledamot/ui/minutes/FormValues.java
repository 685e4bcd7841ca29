package se.ledamot.ui.minutes;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.Property;

/**
 * A form's fields read together, to tell what was typed since a save was sent, and to put that back after the save's
 * answer filled the form (walk36: "Stadshuset, rum 2", typed as Spara went, came back as "Stadshuset").
 */
final class FormValues {
    private final List<Property<?>> fields;

    FormValues(Property<?>... fields) {
        this.fields = List.of(fields);
    }

    /** Runs {@code changed} whenever a field changes. */
    void onChange(Runnable changed) {
        fields.forEach(f -> f.addListener((o, was, now) -> changed.run()));
    }

    /** The fields' values, in the order given (null where a field holds none). */
    List<Object> values() {
        return fields.stream().map(f -> (Object) f.getValue()).toList();
    }

    /** Puts back each field whose value {@code now} (as read before the form was filled) differs from {@code sent}. */
    @SuppressWarnings("unchecked")
    void keepTypedSince(List<Object> sent, List<Object> now) {
        for (int i = 0; i < fields.size(); i++) {
            if (!Objects.equals(now.get(i), sent.get(i))) {
                ((Property<Object>) fields.get(i)).setValue(now.get(i));
            }
        }
    }
}
