package se.ledamot.ui.shell;

import java.time.Duration;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.task.TaskExecutor;
import se.ledamot.ui.task.TaskHandle;

/**
 * The window's status bar: where the data is ({@link ConnectionState}), a slow disk said after half a second, and
 * the first background task running with its progress and <i>Avbryt</i>.
 */
final class StatusBar {
    /** How long background work runs before the status bar says that the window waits for the disk. */
    static final Duration WAITING_SHOWN_AFTER = Duration.ofMillis(500);

    private StatusBar() {
    }

    /**
     * Said in the status bar, with a spinning wheel, while background reads and writes have not ended for half a
     * second: a slow disk is seen, and the window can still be used meanwhile. While the window reads what it starts
     * with ({@code starting}) and no save waits, it says calmly that it is reading; a save waiting is always said.
     */
    static HBox waitingForTheDisk(TaskExecutor tasks, ObservableBooleanValue starting) {
        Label text = new Label();
        text.setId("waitingText");
        text.textProperty().bind(Bindings.when(Bindings.and(starting, tasks.writesIdleProperty()))
                .then(Localization.get("ui.status.starting")).otherwise(Localization.get("ui.status.waiting")));
        ProgressIndicator wheel = new ProgressIndicator();
        wheel.setPrefSize(16, 16);
        HBox box = new HBox(6, wheel, text);
        box.setId("waitingForTheDisk");
        box.setAlignment(Pos.CENTER_RIGHT);
        box.setVisible(false);
        box.managedProperty().bind(box.visibleProperty());
        PauseTransition after = new PauseTransition(javafx.util.Duration.millis(WAITING_SHOWN_AFTER.toMillis()));
        after.setOnFinished(e -> box.setVisible(true));
        // A laptop copy's sync waiting for its server is not the database she writes to (issue 16): not counted.
        tasks.hereIdleProperty().addListener((o, was, idle) -> {
            if (idle) {
                after.stop();
                box.setVisible(false);
            } else {
                after.playFromStart();
            }
        });
        return box;
    }

    static HBox of(AppContext context, ConnectionState connection) {
        Label taskTitle = new Label();
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(160);
        Button cancel = new Button(Localization.get("ui.task.cancel"));
        HBox taskBox = new HBox(8, taskTitle, progress, cancel);
        taskBox.setAlignment(Pos.CENTER_RIGHT);
        taskBox.visibleProperty().bind(Bindings.isNotEmpty(context.tasks().running()));
        // Hidden, it takes no room: the state beside it was cut at 1280 px by the width of a task shown no more.
        taskBox.managedProperty().bind(taskBox.visibleProperty());
        context.tasks().running().addListener((ListChangeListener<TaskHandle>) c -> {
            List<TaskHandle> running = context.tasks().running();
            if (running.isEmpty()) {
                progress.progressProperty().unbind();
                return;
            }
            TaskHandle first = running.getFirst();
            taskTitle.setText(first.title());
            progress.progressProperty().bind(first.progressProperty());
            cancel.setOnAction(e -> first.cancel());
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, connection.view(context.dataFolder()), gap, waitingForTheDisk(context.tasks(),
                context.startingProperty()), taskBox);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }
}
