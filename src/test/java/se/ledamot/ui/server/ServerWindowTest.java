package se.ledamot.ui.server;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitForStore;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.service.FakeSecretTool;
import se.ledamot.service.Keyring;
import se.ledamot.service.ServerAdministration;
import se.ledamot.store.MatterStore;
import se.ledamot.store.NetworkCut;
import se.ledamot.store.ServerRole;
import se.ledamot.store.TestPostgres;
import se.ledamot.store.online.TwoLogins;
import se.ledamot.ui.DesktopApp;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.register.RegisterScreen;
import se.ledamot.ui.shell.MainWindow;

/**
 * The window on a shared PostgreSQL server (the test's real one), at 1280×800: the dialog asks for the password and
 * says a wrong one in Swedish; the window shows the server's matter and saves an edit another connection reads; the
 * keyring (a fake {@code secret-tool}) keeps the password and is tried first; Arkiv → Anslut till server… and Arbeta
 * lokalt move the window between server and data folder; a cut network is said, keeps what was typed, and what was
 * typed is saved when the server answers again.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class ServerWindowTest {
    private static final String MEMBER = "win_anna";
    private static final String TITLE = "Motion om nattbussar";

    @RegisterExtension
    final OnlineWindow online = new OnlineWindow();

    private TwoLogins logins;
    private String database;
    private Stage stage;
    private Path folder;
    private long matterId;
    private NetworkCut network;
    private Keyring keyring;
    private ServerMemory memory;
    private ServerAdministration.Server server;

    @BeforeEach
    void serverWithAMatterFromTheSecretariat() throws Exception {
        logins = online.loginAndAdmin(MEMBER, "S", ServerRole.MEMBER);
        database = logins.server.database;
        stage = online.stage();
        folder = online.folder();
        matterId = new MatterStore(logins.second.dsl(), Clock.systemUTC())
                .add(Matter.newMatter(MatterKind.MOTION, TITLE).build()).id();
        network = online.afterWindows(NetworkCut.to(logins.server.pg.port()));
        keyring = FakeSecretTool.install(online.bin(), online.vault());
        memory = new ServerMemory(online.node());
        server = ServerAdministration.server(logins.server.url(MEMBER, network.port()), "nobody");
    }

    /** The matter's text as another connection (the secretariat's) reads it from the server. */
    private String storedBody() {
        return new MatterStore(logins.second.dsl(), Clock.systemUTC()).find(matterId).orElseThrow().body();
    }

    @Test
    void theDialogAsksThePasswordSaysAWrongOneAndTheWindowSavesWhatAnotherConnectionReads(FxRobot robot)
            throws Exception {
        CompletableFuture<Optional<MainWindow>> opened = new CompletableFuture<>();
        Platform.runLater(() -> opened.complete(DesktopApp.connect(stage, folder, TestContext.CLOCK, keyring, memory,
                server)));
        waitUntil(() -> robot.lookup("#server-password").tryQuery().isPresent());
        robot.clickOn("#server-password").write("fel-lösen");
        robot.clickOn("#server-connect");
        waitUntil(() -> !problem(robot).isEmpty());
        assertThat(problem(robot)).isEqualTo("Inloggningen som " + MEMBER + " på " + server
                + " godtogs inte. Kontrollera användarnamnet och lösenordet.");
        OnlineWindow.snapshot(robot, robot.lookup("#server-password").query().getScene().getWindow(),
                "server-connect-wrong-password");

        robot.clickOn("#server-password").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(TestPostgres.PASSWORD);
        robot.clickOn("#server-connect");
        MainWindow shell = opened.get(60, TimeUnit.SECONDS).orElseThrow();
        assertThat(state(robot)).isEqualTo("Ansluten till " + MEMBER + "@127.0.0.1:" + network.port() + "/"
                + database);
        // Nothing was made in the data folder: the window works on the server alone.
        assertThat(folder.resolve("ledamot.mv.db")).doesNotExist();
        // Kom ihåg lösenordet was ticked: the keyring keeps it, the preferences keep the address only.
        assertThat(keyring.lookup(server.toString())).hasValueSatisfying(p -> assertThat(new String(p))
                .isEqualTo(TestPostgres.PASSWORD));
        assertThat(memory.server()).hasValueSatisfying(s -> assertThat(s.url()).isEqualTo(server.url()));
        assertThat(String.join("\n", online.node().keys()) + online.node().get(ServerMemory.URL, ""))
                .doesNotContain(TestPostgres.PASSWORD);

        editBody(robot, shell, "Skrivet i fönstret på servern.");
        waitForStore(() -> "Skrivet i fönstret på servern.".equals(storedBody()));
        OnlineWindow.snapshot(robot, shell.stage(), "server-window");
    }

    @Test
    void theKeyringsPasswordIsTriedFirstFromTheMenuAndArbetaLokaltGoesBack(FxRobot robot) throws Exception {
        assertThat(keyring.store(server.toString(), TestPostgres.PASSWORD.toCharArray())).isTrue();
        robot.interact(() -> DesktopApp.open(stage, folder, TestContext.CLOCK, keyring, memory).orElseThrow());
        assertThat(state(robot)).isEqualTo("Lokalt");

        typeTheServerFromTheMenu(robot);
        // No password typed: the keyring's for this address is used.
        robot.clickOn("#server-connect");
        waitUntil(() -> stateOrEmpty(robot).startsWith("Ansluten till " + MEMBER));
        assertThat(memory.server()).isPresent();

        robot.clickOn("Arkiv").clickOn("Arbeta lokalt");
        waitUntil(() -> stateOrEmpty(robot).equals("Lokalt"));
        assertThat(memory.server()).isEmpty();
    }

    /** Seen in the walkgroup walk: a laptop whose keyring does not answer kept nothing and said nothing. */
    @Test
    void aKeyringThatRefusesThePasswordIsSaidAfterConnectingFromTheMenu(FxRobot robot) throws Exception {
        Keyring refusing = new Keyring() {
            @Override
            public Optional<char[]> lookup(String address) {
                return Optional.empty();
            }

            @Override
            public boolean store(String address, char[] password) {
                return false;
            }

            @Override
            public boolean available() {
                return true;
            }
        };
        robot.interact(() -> DesktopApp.open(stage, folder, TestContext.CLOCK, refusing, memory).orElseThrow());
        typeTheServerFromTheMenu(robot);
        robot.clickOn("#server-password").write(TestPostgres.PASSWORD);
        robot.clickOn("#server-connect");
        waitUntil(() -> stateOrEmpty(robot).startsWith("Ansluten till " + MEMBER));
        waitUntil(() -> robot.lookup(".notification-bar .label").queryAllAs(Labeled.class).stream()
                .anyMatch(l -> l.getText() != null && l.getText().lines().anyMatch(said -> said.equals(
                        "Lösenordet kunde inte sparas i nyckelringen. Du får skriva det nästa gång."))),
                () -> "notices: " + robot.lookup(".notification-bar .label").queryAllAs(Labeled.class).stream()
                        .map(Labeled::getText).toList());
    }

    /** Walkgroup: the box was offered where no keyring runs; now the dialog says why the password is not kept. */
    @Test
    void withNoKeyringTheDialogSaysThePasswordIsNotKeptInsteadOfOfferingTheBox(FxRobot robot) throws Exception {
        robot.interact(() -> DesktopApp.open(stage, folder, TestContext.CLOCK, Keyring.NONE, memory).orElseThrow());
        robot.clickOn("Arkiv").clickOn("Anslut till server…");
        waitUntil(() -> robot.lookup("#server-no-keyring").tryQuery().isPresent());
        assertThat(robot.lookup("#server-no-keyring").queryAs(Label.class).getText())
                .isEqualTo("Lösenordet kan inte sparas på den här datorn, eftersom ingen nyckelring är igång. Du skriver "
                        + "det varje gång du ansluter.");
        assertThat(robot.lookup("#server-remember").tryQuery()).isEmpty();
        Label said = robot.lookup("#server-no-keyring").queryAs(Label.class);
        OnlineWindow.snapshot(robot, said.getScene().getWindow(), "server-connect-no-keyring");
        robot.clickOn("Avbryt");
    }

    @Test
    void atTheNextStartTheRememberedServerIsAskedForAndArbetaLokaltOpensTheDataFolder(FxRobot robot)
            throws Exception {
        memory.remember(server);
        CompletableFuture<Optional<MainWindow>> opened = new CompletableFuture<>();
        Platform.runLater(() -> opened.complete(DesktopApp.connect(stage, folder, TestContext.CLOCK, keyring, memory,
                memory.server().orElseThrow())));
        waitUntil(() -> robot.lookup("#server-password").tryQuery().isPresent());
        assertThat(robot.lookup("#server-database").queryTextInputControl().getText()).isEqualTo(database);
        robot.clickOn("Arbeta lokalt");
        MainWindow shell = opened.get(60, TimeUnit.SECONDS).orElseThrow();
        assertThat(state(robot)).isEqualTo("Lokalt");
        assertThat(shell.context().dataFolder()).isEqualTo(folder);
        // Local this once: the server is still the one the next start asks for.
        assertThat(memory.server()).isPresent();
    }

    @Test
    void aCutNetworkIsSaidWhatIsTypedStaysAndIsSavedWhenTheServerAnswersAgain(FxRobot robot) throws Exception {
        assertThat(keyring.store(server.toString(), TestPostgres.PASSWORD.toCharArray())).isTrue();
        CompletableFuture<Optional<MainWindow>> opened = new CompletableFuture<>();
        Platform.runLater(() -> opened.complete(DesktopApp.connect(stage, folder, TestContext.CLOCK, keyring, memory,
                server)));
        // The address is known and the keyring keeps its password: the dialog signs in by itself.
        MainWindow shell = opened.get(60, TimeUnit.SECONDS).orElseThrow();
        editBody(robot, shell, "Före avbrottet.");
        waitForStore(() -> "Före avbrottet.".equals(storedBody()));

        network.cut();
        robot.clickOn("#body").type(KeyCode.END).write(" Under avbrottet.");
        waitUntil(() -> stateOrEmpty(robot).startsWith("Ingen kontakt med " + MEMBER));
        assertThat(robot.lookup("#body").queryAs(TextArea.class).getText())
                .isEqualTo("Före avbrottet. Under avbrottet.");
        // One notice naming the server once, as the state line names it (walkgroup saw two, one with the port),
        // and the screen ends above the notice, whatever its height.
        String named = server.user() + "@" + server.host() + ":" + server.port() + "/" + database;
        java.util.List<String> expected = java.util.List.of("Ändringen kunde inte sparas: Ingen kontakt med servern "
                + named + ". Det du skrivit finns kvar och sparas vid nästa ändring.");
        waitUntil(() -> noticeLines(robot).stream().filter(line -> line.contains("servern")).toList()
                .equals(expected), () -> "notices: " + noticeLines(robot));
        waitUntil(() -> screenEndsAboveTheNotice(robot));
        OnlineWindow.snapshot(robot, shell.stage(), "server-connection-lost");
        robot.interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(650);
        });
        waitUntil(() -> screenEndsAboveTheNotice(robot));
        OnlineWindow.snapshot(robot, shell.stage(), "server-connection-lost-1000");

        network.mend();
        waitUntil(() -> stateOrEmpty(robot).startsWith("Ansluten till " + MEMBER));
        waitForStore(() -> "Före avbrottet. Under avbrottet.".equals(storedBody()));
        assertThat(robot.lookup("#body").queryAs(TextArea.class).getText())
                .isEqualTo("Före avbrottet. Under avbrottet.");
    }

    private static java.util.List<String> noticeLines(FxRobot robot) {
        return robot.lookup(".notification-bar .label").queryAllAs(Labeled.class).stream()
                .filter(l -> l.getText() != null && !l.getText().isBlank())
                .flatMap(l -> l.getText().lines()).toList();
    }

    /** The screen area's bottom padding holds the whole notification bar, so the bar covers no button. */
    private static boolean screenEndsAboveTheNotice(FxRobot robot) {
        javafx.scene.layout.Region bar = robot.lookup(".notification-bar > .pane")
                .queryAs(javafx.scene.layout.Region.class);
        javafx.scene.layout.Region content = (javafx.scene.layout.Region) robot.lookup(".notification-pane")
                .queryAs(org.controlsfx.control.NotificationPane.class).getContent();
        return bar.getHeight() > 0 && content.getPadding().getBottom() >= bar.getHeight() - 1;
    }

    /** Arkiv → Anslut till server… with the test server's address and the member's login typed, no password. */
    private void typeTheServerFromTheMenu(FxRobot robot) {
        robot.clickOn("Arkiv").clickOn("Anslut till server…");
        waitUntil(() -> robot.lookup("#server-host").tryQuery().isPresent());
        robot.clickOn("#server-host").write("127.0.0.1");
        robot.doubleClickOn("#server-port").write(String.valueOf(network.port()));
        robot.clickOn("#server-database").write(database);
        robot.clickOn("#server-user").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(MEMBER);
    }

    /** Opens the server's matter in the register and types its text. */
    private void editBody(FxRobot robot, MainWindow shell, String text) {
        robot.interact(() -> shell.show(RegisterScreen.ID));
        waitUntil(() -> robot.lookup(TITLE).tryQuery().isPresent());
        robot.clickOn(TITLE);
        waitUntil(() -> robot.lookup("#body").tryQuery().isPresent());
        WindowDriver.reveal(robot, robot.lookup("#body").query());
        robot.clickOn("#body").write(text);
    }

    private static String problem(FxRobot robot) {
        return robot.lookup("#server-problem").queryAs(Label.class).getText();
    }

    /** The status bar's state of the one window showing. */
    private static String state(FxRobot robot) {
        waitUntil(() -> !stateOrEmpty(robot).isEmpty());
        return stateOrEmpty(robot);
    }

    private static String stateOrEmpty(FxRobot robot) {
        return robot.lookup("#connectionState").queryAllAs(Label.class).stream()
                .filter(l -> l.getScene() != null && l.getScene().getWindow() != null
                        && l.getScene().getWindow().isShowing())
                .map(Label::getText).findFirst().orElse("");
    }
}
