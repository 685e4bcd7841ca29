package se.ledamot.ui.server;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.service.Keyring;
import se.ledamot.service.ServerAdministration;
import se.ledamot.store.StoreException;

/**
 * A keyring slow to answer (a D-Bus that hangs gives up after 3 s for the probe, 20 s for the password): the connect
 * dialog asked it on the FX thread as it opened, so the window hung that long. Now the dialog opens at once, the
 * field fills when the keyring answers, and a password typed meanwhile is never written over.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class KeyringAnswersLateWindowTest {
    private final Preferences node = Preferences.userRoot().node("se/ledamot/test/" + UUID.randomUUID());
    private final CountDownLatch keyringAnswers = new CountDownLatch(1);
    private final List<String> triedWith = new CopyOnWriteArrayList<>();
    private final CompletableFuture<ConnectDialog.Choice> closed = new CompletableFuture<>();

    /** A keyring that keeps "sparat-lösen" and answers nothing until the test lets it. */
    private final Keyring slow = new Keyring() {
        @Override
        public Optional<char[]> lookup(String server) {
            await();
            return Optional.of("sparat-lösen".toCharArray());
        }

        @Override
        public boolean store(String server, char[] password) {
            return true;
        }

        @Override
        public boolean available() {
            await();
            return true;
        }

        private void await() {
            try {
                keyringAnswers.await(40, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    };

    @AfterEach
    void close(FxRobot robot) throws Exception {
        keyringAnswers.countDown();
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .forEach(w -> ((Stage) w).close()));
        node.removeNode();
    }

    /** Opens the dialog with the address given, as at a start with a remembered server; signs in "sparat-lösen". */
    private void openTheDialog() {
        ServerAdministration.Server anna = ServerAdministration.server("postgresql://anna@db.kommun.se/ledamot",
                "nobody");
        ConnectViewModel vm = new ConnectViewModel(anna, slow, new ServerMemory(node), (server, password) -> {
            triedWith.add(new String(password));
            if (!new String(password).equals("sparat-lösen")) {
                throw new StoreException("server.login.failed", null, server.user(), server);
            }
            return null;
        }, Platform::runLater);
        Platform.runLater(() -> closed.complete(ConnectDialog.ask(null, vm, true)));
    }

    private static String typed(PasswordField field) {
        return onFx(field::getText);
    }

    @Test
    void theDialogOpensAtOnceAndWhatIsTypedBeforeTheKeyringAnswersStays(FxRobot robot) throws Exception {
        openTheDialog();
        // Open and usable while the keyring is silent.
        waitUntil(() -> robot.lookup("#server-password").tryQuery().isPresent());
        robot.clickOn("#server-password").write("mitt-lösen");
        PasswordField password = robot.lookup("#server-password").queryAs(PasswordField.class);
        waitUntil(() -> "mitt-lösen".equals(password.getText()));

        keyringAnswers.countDown();
        waitUntil(() -> robot.lookup("#server-remember").tryQuery().isPresent());
        assertThat(typed(password)).isEqualTo("mitt-lösen");
        assertThat(triedWith).as("no sign-in with the kept password over the typed one").isEmpty();
        OnlineWindow.snapshot(robot, password.getScene().getWindow(), "server-connect-keyring-late");
        assertThat(closed).isNotDone();
    }

    @Test
    void withNothingTypedTheKeptPasswordFillsTheFieldWhenItComesAndSignsIn(FxRobot robot) throws Exception {
        openTheDialog();
        waitUntil(() -> robot.lookup("#server-password").tryQuery().isPresent());
        PasswordField password = robot.lookup("#server-password").queryAs(PasswordField.class);
        assertThat(typed(password)).isEmpty();

        keyringAnswers.countDown();
        assertThat(closed.get(30, TimeUnit.SECONDS)).isEqualTo(ConnectDialog.Choice.CONNECTED);
        assertThat(triedWith).containsExactly("sparat-lösen");
        assertThat(typed(password)).as("cleared as the dialog closed").isEmpty();
    }
}
