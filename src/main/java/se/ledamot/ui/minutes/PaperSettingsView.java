package se.ledamot.ui.minutes;

import static se.ledamot.ui.minutes.MinutesControls.button;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import se.ledamot.domain.Limit;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.FieldLimits;

/**
 * The papers' settings: the council's part, then the part of the meeting's body, scrolled; under them, always in
 * sight, their own save, what it saves, and its message (at 1280x800 a save under the form lay below the fold).
 */
final class PaperSettingsView extends BorderPane {
    PaperSettingsView(PaperSettingsViewModel vm, Runnable saved) {
        GridPane form = grid();
        // The council's name is Inställningar's (one name for papers and screens): shown here, changed there.
        Label council = new Label();
        council.setId("settingsCouncil");
        council.setWrapText(true);
        council.textProperty().bind(Bindings.createStringBinding(() -> vm.council().get().isBlank()
                ? Localization.get("minutes.ui.settings.councilNone")
                : Localization.get("minutes.ui.settings.councilFrom", vm.council().get()), vm.council()));
        form.addRow(0, label("minutes.ui.settings.council"), council);
        Label logo = new Label();
        logo.setId("settingsLogo");
        logo.textProperty().bind(vm.logoName());
        form.addRow(1, label("minutes.ui.settings.logo"), new HBox(8, logo,
                button("settingsChooseLogo", "minutes.ui.settings.chooseLogo", vm::chooseLogo),
                button("settingsRemoveLogo", "minutes.ui.settings.removeLogo", vm::removeLogo)));
        form.addRow(2, label("minutes.ui.settings.noticeBoard"), field("settingsNoticeBoard", vm.noticeBoard(),
                Limit.ROLE));
        form.addRow(3, label("minutes.ui.settings.minutesKept"), field("settingsMinutesKept", vm.minutesKept(),
                Limit.ROLE));

        // One grid for both parts, so that their fields line up.
        Label bodyTitle = new Label();
        bodyTitle.getStyleClass().add("section-title");
        bodyTitle.textProperty().bind(vm.bodyName());
        form.add(bodyTitle, 0, 4, 2, 1);
        form.addRow(5, label("minutes.ui.chair"), field("settingsChair", vm.chair(), Limit.NAME));
        form.addRow(6, label("minutes.ui.settings.firstVice"), field("settingsFirstVice", vm.firstVice(),
                Limit.NAME));
        // Under the chairs, as wide as their fields: a name twice, or one not among the ledamöter below. In the field's
        // own cell: a grid row of its own measured the wrapped line at no width, a column of letters.
        TextField secondVice = field("settingsSecondVice", vm.secondVice(), Limit.NAME);
        Label chairs = se.ledamot.ui.shell.WarningLine.of(vm.chairsNotice());
        chairs.setId("settingsChairsNotice");
        chairs.setPrefWidth(0);
        chairs.setMaxWidth(Double.MAX_VALUE);
        Label secondLabel = top(label("minutes.ui.settings.secondVice"));
        secondLabel.minHeightProperty().bind(secondVice.heightProperty());
        form.addRow(7, secondLabel, new VBox(2, secondVice, chairs));
        form.addRow(8, label("minutes.ui.secretary"), field("settingsSecretary", vm.secretary(), Limit.NAME));
        CheckBox open = new CheckBox(Localization.get("minutes.ui.settings.public"));
        open.setId("settingsPublic");
        open.selectedProperty().bindBidirectional(vm.publicMeeting());
        form.addRow(9, new Label(), open);
        form.addRow(10, label("minutes.ui.settings.webcast"), field("settingsWebcast", vm.webcast(), Limit.ROLE));
        Spinner<Integer> adjusters = new Spinner<>(1, 4, vm.adjusters().get());
        adjusters.setId("settingsAdjusters");
        adjusters.getValueFactory().valueProperty().addListener((o, was, now) -> vm.adjusters().set(now));
        vm.adjusters().addListener((o, was, now) -> adjusters.getValueFactory().setValue(now.intValue()));
        form.addRow(11, label("minutes.ui.settings.adjusters"), adjusters);
        form.addRow(12, top(label("minutes.ui.settings.members")), area("settingsMembers", vm.members()));
        form.addRow(13, top(label("minutes.ui.settings.substitutes")), area("settingsSubstitutes",
                vm.substitutes()));

        form.setPadding(new Insets(8));
        ScrollPane scrolled = new ScrollPane(form);
        scrolled.setFitToWidth(true);
        se.ledamot.ui.shell.FollowFocus.follow(scrolled);
        setCenter(scrolled);
        setBottom(saveBar(vm, saved));
    }

    private static VBox saveBar(PaperSettingsViewModel vm, Runnable saved) {
        Button save = button("settingsSave", "minutes.ui.settings.save", () -> vm.save(saved));
        save.setMinWidth(Region.USE_PREF_SIZE);
        Label hint = new Label(Localization.get("minutes.ui.settings.saveHint"));
        hint.setId("settingsSaveHint");
        hint.setWrapText(true);
        HBox.setHgrow(hint, Priority.ALWAYS);
        HBox line = new HBox(10, save, hint);
        line.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("settingsStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.status());
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        VBox bar = new VBox(4, line, status);
        bar.setPadding(new Insets(8));
        bar.getStyleClass().add("settings-save-bar");
        return bar;
    }

    private static Label top(Label label) {
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        return label;
    }

    private static GridPane grid() {
        GridPane g = new GridPane(10, 6);
        return g;
    }

    private static Label label(String key) {
        return new Label(Localization.get(key));
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, Limit limit) {
        TextField f = FieldLimits.watch(new TextField(), limit);
        f.setId(id);
        f.setPrefWidth(420);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static TextArea area(String id, javafx.beans.property.StringProperty value) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setPrefRowCount(6);
        a.setPrefWidth(420);
        a.setPromptText(Localization.get("minutes.ui.settings.seatsPrompt"));
        a.textProperty().bindBidirectional(value);
        return a;
    }
}
