package se.ledamot.ui.backup;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import se.ledamot.domain.DomainException;
import se.ledamot.l10n.Localization;
import se.ledamot.service.Passwords;
import se.ledamot.ui.dialog.DialogButtons;

/**
 * The window's password questions: the password of a protected folder or backup (asked again after a wrong one, three
 * times at most, by the store), and a new password typed twice. Asked on the FX thread, from any thread. Avbryt in the
 * first ends the opening with its own words: the folder or backup was not opened.
 */
public final class PasswordDialogs implements Passwords {
    static final int TRIES = 3;
    static final int MIN_LENGTH = 8;
    private static final String CANCELLED_FOLDER = "ui.password.cancelled.folder";
    private static final String CANCELLED_BACKUP = "ui.password.cancelled.backup";

    private final Window owner;
    private final boolean remembering;
    private char[] lastTyped;
    private boolean answeredFromMemory;

    public PasswordDialogs(Window owner) {
        this(owner, false);
    }

    private PasswordDialogs(Window owner, boolean remembering) {
        this.owner = owner;
        this.remembering = remembering;
    }

    /**
     * Dialogs that first answer with the password typed last, until {@link #forget()}: a restore reads the backup for
     * its preview, puts it in place and opens the folder again, and the user types the one password once, not three
     * times. A remembered answer that does not fit is not counted as the user's mistake: the dialog asks plainly.
     */
    public static PasswordDialogs remembering(Window owner) {
        return new PasswordDialogs(owner, true);
    }

    @Override
    public synchronized char[] password(Path file, boolean backup, int attempt, boolean lastWasWrong) {
        if (remembering && lastTyped != null && attempt == 1 && !lastWasWrong) {
            answeredFromMemory = true;
            return lastTyped.clone();
        }
        boolean userWasWrong = lastWasWrong && !answeredFromMemory;
        answeredFromMemory = false;
        boolean[] cancelled = {false};
        char[] typed = onFxThread(() -> {
            PasswordField field = new PasswordField();
            field.setId("password");
            String about = Localization.get(backup ? "ui.password.backup" : "ui.password.folder",
                    backup ? file : file.getParent());
            String wrong = userWasWrong ? Localization.get("ui.password.wrong", attempt, TRIES) : null;
            char[] answer = ask(Localization.get("ui.password.title"), about, wrong, field, null);
            cancelled[0] = answer == null;
            return answer;
        });
        if (cancelled[0]) {
            // Said as what it is: the store's words for no password name the command line's variable, and after a
            // wrong try they said the password was wrong (walk27).
            throw declined(file, backup);
        }
        if (remembering && typed != null) {
            forget();
            lastTyped = typed.clone();
        }
        return typed;
    }

    /**
     * Avbryt in the question for this file's password: the folder or backup was not opened. A backup by its name, the
     * one she just chose: said on the notice bar, where a whole path has no space to wrap at.
     */
    static DomainException declined(Path file, boolean backup) {
        return new DomainException(backup ? CANCELLED_BACKUP : CANCELLED_FOLDER,
                backup ? file.getFileName() : file.getParent());
    }

    /** Whether {@code e} says the user cancelled the question: told as a fact, not as an error. */
    public static boolean cancelled(DomainException e) {
        return e.key().equals(CANCELLED_FOLDER) || e.key().equals(CANCELLED_BACKUP);
    }

    @Override
    public synchronized void forget() {
        if (lastTyped != null) {
            Arrays.fill(lastTyped, '\0');
            lastTyped = null;
        }
        answeredFromMemory = false;
    }

    /** A new password, typed twice and at least {@value #MIN_LENGTH} characters; null when the user cancels. */
    public char[] newPassword() {
        return onFxThread(() -> {
            String problem = null;
            while (true) {
                PasswordField first = new PasswordField();
                first.setId("new-password");
                PasswordField again = new PasswordField();
                again.setId("new-password-again");
                char[] typed = ask(Localization.get("ui.password.new.title"), Localization.get("ui.password.new.about"),
                        problem, first, again);
                if (typed == null) {
                    return null;
                }
                char[] second = again.getText().toCharArray();
                if (!Arrays.equals(typed, second)) {
                    problem = Localization.get("cli.password.mismatch");
                } else if (typed.length < MIN_LENGTH) {
                    problem = Localization.get("cli.password.tooShort", MIN_LENGTH);
                } else {
                    return typed;
                }
                Arrays.fill(typed, '\0');
            }
        });
    }

    private char[] ask(String title, String about, String problem, PasswordField field, PasswordField again) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        Label text = new Label(about);
        text.setWrapText(true);
        text.setPrefWidth(420);
        VBox box = new VBox(8, text);
        if (problem != null) {
            Label warning = new Label(problem);
            warning.setId("password-problem");
            warning.setWrapText(true);
            warning.setPrefWidth(420);
            warning.getStyleClass().add("problem");
            box.getChildren().add(warning);
        }
        box.getChildren().add(field);
        if (again != null) {
            box.getChildren().addAll(new Label(Localization.get("ui.password.new.again")), again);
        }
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().setAll(DialogButtons.ok(), DialogButtons.cancel());
        Platform.runLater(field::requestFocus);
        boolean ok = dialog.showAndWait().filter(DialogButtons::accepted).isPresent();
        return ok ? field.getText().toCharArray() : null;
    }

    private static char[] onFxThread(java.util.concurrent.Callable<char[]> question) {
        if (Platform.isFxApplicationThread()) {
            try {
                return question.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        FutureTask<char[]> task = new FutureTask<>(question);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            // Not set again: this thread goes on to open the database, and H2 closes its file under the flag.
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
