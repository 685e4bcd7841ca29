package se.ledamot.ui.register;

import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.controlsfx.control.CheckComboBox;
import se.ledamot.domain.Lifecycle;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.ShownAs;

/** A filter box of the register: the things to show checked in a list, the view model's filter mirrored both ways. */
final class FilterBox {
    private FilterBox() {
    }

    /** Statuses any kind uses, in the order of the enum (roughly the order of a matter's life). */
    static Status[] usedStatuses() {
        return java.util.Arrays.stream(Status.values())
                .filter(s -> java.util.Arrays.stream(MatterKind.values())
                        .anyMatch(k -> Lifecycle.of(k).statuses().contains(s)))
                .toArray(Status[]::new);
    }

    static <T> CheckComboBox<T> of(String id, String titleKey, ObservableList<T> items,
            ObservableList<T> chosen, Function<T, String> name) {
        CheckComboBox<T> box = new CheckComboBox<>(items);
        box.setId(id);
        // The title says what is chosen ("Parti: S, V"), so the filter in force is visible without opening it.
        String title = Localization.get(titleKey);
        box.setTitle(title);
        box.setConverter(ShownAs.text(name));
        // The view model owns the filter; the box mirrors it both ways (the view model clears it for a new matter).
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c -> {
            if (!chosen.equals(box.getCheckModel().getCheckedItems())) {
                chosen.setAll(box.getCheckModel().getCheckedItems());
            }
        });
        chosen.addListener((javafx.beans.InvalidationListener) o -> box.setTitle(chosen.isEmpty() ? title
                : title + ": " + String.join(", ", chosen.stream().map(name).toList())));
        chosen.addListener((ListChangeListener<T>) c -> {
            if (!chosen.equals(box.getCheckModel().getCheckedItems())) {
                box.getCheckModel().clearChecks();
                chosen.forEach(box.getCheckModel()::check);
            }
        });
        return box;
    }
}
