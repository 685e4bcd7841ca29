package se.ledamot.ui.register;

import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.service.RegisterService;

/**
 * The register's filters besides its search text: kinds, statuses and parties chosen (none: any), and one person
 * (null: anyone), whose matters as author or addressee the search of everything leads to. A change asks again.
 */
final class RegisterFilters {
    private final ObservableList<MatterKind> kinds = FXCollections.observableArrayList();
    private final ObservableList<Status> statuses = FXCollections.observableArrayList();
    private final ObservableList<String> parties = FXCollections.observableArrayList();
    private final ObjectProperty<Person> person = new SimpleObjectProperty<>();

    RegisterFilters(InvalidationListener changed) {
        kinds.addListener(changed);
        statuses.addListener(changed);
        parties.addListener(changed);
        person.addListener(changed);
    }

    /** The question with these filters. */
    RegisterService.Query applyTo(RegisterService.Query q) {
        return q.withFilters(Set.copyOf(kinds), Set.copyOf(statuses), Set.copyOf(parties)).withPerson(person.get());
    }

    void clear() {
        kinds.clear();
        statuses.clear();
        parties.clear();
        person.set(null);
    }

    ObservableList<MatterKind> kinds() {
        return kinds;
    }

    ObservableList<Status> statuses() {
        return statuses;
    }

    ObservableList<String> parties() {
        return parties;
    }

    ObjectProperty<Person> person() {
        return person;
    }
}
