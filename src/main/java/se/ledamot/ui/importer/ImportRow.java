package se.ledamot.ui.importer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import se.ledamot.domain.MatterField;
import se.ledamot.importer.draft.Confidence;
import se.ledamot.importer.ImportItem;
import se.ledamot.importer.MeetingImportText;
import se.ledamot.l10n.Localization;

/** One file in the import preview: what was found, whether it is to be stored, and how it went. */
public final class ImportRow {
    private final ReadOnlyObjectWrapper<ImportItem> item;
    private final BooleanProperty included;

    ImportRow(ImportItem item) {
        this.item = new ReadOnlyObjectWrapper<>(item);
        this.included = new SimpleBooleanProperty(item.isStorable());
    }

    public ImportItem item() {
        return item.get();
    }

    public ReadOnlyObjectProperty<ImportItem> itemProperty() {
        return item.getReadOnlyProperty();
    }

    void set(ImportItem next) {
        item.set(next);
        if (!next.isStorable()) {
            included.set(false);
        }
    }

    /** Ticked to be stored; only a readable file that is not a duplicate can be. */
    public BooleanProperty includedProperty() {
        return included;
    }

    /** A field's confidence; a failed file has none. */
    public Confidence confidence(MatterField field) {
        return item().isFailed() || item().isMeeting() ? Confidence.MISSING : item().draft().confidenceOf(field);
    }

    /** What became of the file, in words: stored, duplicate, could not be read, or what to check. */
    public String state() {
        ImportItem i = item();
        if (i.isFailed()) {
            return i.failureText();
        }
        if (i.isMeeting() && i.meeting().stored() != null) {
            return Localization.get("importer.ui.state.meetingStored", i.meeting().stored().id());
        }
        if (i.isMeeting() && i.duplicateOfFile() == null) {
            int unsure = i.meeting().draft().unsureCount();
            return unsure > 0 ? Localization.get("importer.ui.state.check", unsure)
                    : Localization.get("importer.ui.state.meeting", MeetingImportText.summary(i.meeting()));
        }
        if (i.stored() != null) {
            return i.isMatchedPart() ? Localization.get("importer.ui.state.partStored", i.stored().id())
                    : Localization.get("importer.ui.state.stored", i.stored().id());
        }
        if (i.duplicateOf() != null) {
            // The title only where it differs from the row's own: said twice it filled a narrow window's table.
            String stored = i.duplicateOf().title();
            return stored.strip().equalsIgnoreCase(i.draft().matter().title().strip())
                    ? Localization.get("importer.ui.state.duplicateSameTitle", i.duplicateOf().id())
                    : Localization.get("importer.ui.state.duplicate", i.duplicateOf().id(), stored);
        }
        if (i.duplicateOfFile() != null) {
            return Localization.get("importer.ui.state.duplicateFile", i.duplicateOfFile());
        }
        int unsure = i.draft().unsureFields().size();
        if (i.isMatchedPart()) {
            return MeetingImportText.partTarget(i.part().target());
        }
        return unsure == 0 ? Localization.get("importer.ui.state.ready")
                : Localization.get("importer.ui.state.check", unsure);
    }
}
