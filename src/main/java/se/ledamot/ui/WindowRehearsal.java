package se.ledamot.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import se.ledamot.ui.register.RegisterScreen;
import se.ledamot.ui.shell.MainWindow;

/**
 * The window's part of the start-up cache's training ({@link DesktopApp#rehearse}): what a start does on screen, done
 * off screen in a window never shown, so that the classes and the code it runs are in the window's cache (issue 15:
 * trained on the command line alone, the window loaded 6 656 classes from the jars and ran the register's first rows
 * cold). Each frame draws the scene into an image ({@link Scene#snapshot}: its CSS, layout and rendering, as a shown
 * window's frame does): Översikt first, then the register until its rows show, and the first matter in the editor.
 * Then the window is closed as its close button does, and the program ends; a rehearsal that never got there ends
 * without closing it (a close would wait for the work left, then ask on screen).
 */
final class WindowRehearsal {
    /** About twenty seconds of frames: a rehearsal that never sees its rows ends anyway, and fails. */
    private static final int MOST_FRAMES = 1200;
    /** Frames drawn with the first matter in the editor and nothing left to read. */
    private static final int SETTLED_FRAMES = 10;

    private WindowRehearsal() {
    }

    static void run(MainWindow shell) {
        Scene scene = shell.stage().getScene();
        new AnimationTimer() {
            private int frame;
            private int settled;

            @Override
            public void handle(long now) {
                scene.snapshot(null);
                if (++frame == 1) {
                    // A shown window says so after its first frame (the held reads, Översikt's, start then).
                    shell.context().firstRowsShown();
                    shell.show(RegisterScreen.ID);
                    return;
                }
                boolean editing = scene.lookup("#register-table") instanceof TableView<?> table
                        && !table.getItems().isEmpty() && selectFirst(table);
                if (editing && shell.context().tasks().isIdle()) {
                    settled++;
                }
                if (settled >= SETTLED_FRAMES) {
                    stop();
                    // Nothing typed, nothing left to read: the close asks nothing and waits for nothing.
                    Platform.runLater(() -> {
                        shell.requestClose();
                        System.exit(0);
                    });
                } else if (frame >= MOST_FRAMES) {
                    // Not closed: with work still running, the close would wait and then ask on screen.
                    System.exit(1);
                }
            }
        }.start();
    }

    /** Selects the register's first row (the editor then reads and shows its matter); whether it is selected. */
    private static boolean selectFirst(TableView<?> table) {
        if (table.getSelectionModel().isEmpty()) {
            table.getSelectionModel().select(0);
        }
        return table.getSelectionModel().getSelectedIndex() == 0;
    }
}
