package se.ledamot.ui.minutes;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.ledamot.domain.minutes.MotionType;

/**
 * The lines being typed for an item's record, before they are entered: the next motion (who, which kind, its text),
 * the next reservation (who, in favour of what) and the next note (who, what).
 */
public final class ItemForms {
    private final StringProperty motionBy = new SimpleStringProperty("");
    private final ObjectProperty<MotionType> motionType = new SimpleObjectProperty<>(MotionType.APPROVE_PROPOSAL);
    private final StringProperty motionText = new SimpleStringProperty("");
    private final StringProperty reserveBy = new SimpleStringProperty("");
    private final StringProperty reserveFavour = new SimpleStringProperty("");
    private final StringProperty noteBy = new SimpleStringProperty("");
    private final StringProperty noteText = new SimpleStringProperty("");

    public StringProperty motionBy() {
        return motionBy;
    }

    public ObjectProperty<MotionType> motionType() {
        return motionType;
    }

    public StringProperty motionText() {
        return motionText;
    }

    public StringProperty reserveBy() {
        return reserveBy;
    }

    public StringProperty reserveFavour() {
        return reserveFavour;
    }

    public StringProperty noteBy() {
        return noteBy;
    }

    public StringProperty noteText() {
        return noteText;
    }
}
