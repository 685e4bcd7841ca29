package se.ledamot.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.service.Ledamot;
import se.ledamot.service.ServerClients;
import se.ledamot.store.NetworkCut;
import se.ledamot.store.ServerRole;
import se.ledamot.store.TestServer;
import se.ledamot.ui.StoryWindow;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.answer.AnswerScreen;
import se.ledamot.ui.register.RegisterScreen;
import se.ledamot.ui.shell.MainWindow;

/**
 * Walk30, story C: Bo of group S writes on the group's answer to an interpellation on his laptop's copy, offline on the
 * train, while Anna writes on it in the program on the server. Every sync that carried a changed answer failed whole
 * ("Ändringen krockade med något som redan finns i databasen …", and 'Offline' in the status bar with the server up):
 * the sync cleared the answer's saved_at, which an answer cannot be without. Now his text reaches the server, hers
 * comes into his Svar, and a text both changed is shown side by side in Swedish, named as Svar names it (the conflict
 * said "– text", the column's name).
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class AnswerOnTheTrainWindowTest {
    private static final String ANNA = "train_anna";
    private static final String BO = "train_bo";
    private static final String ANNAS = "Tack för frågan.";
    private static final Clock LIVE = Clock.systemDefaultZone();

    @TempDir
    Path boFolder;

    private TestServer server;
    private NetworkCut network;
    private long interpellation;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> boFolder).openedBy((folder, clock) -> Ledamot.open(folder, LIVE));

    /** Off the FX thread: the secretariat's interpellation, Anna's first words on the server, Bo's copy of both. */
    @BeforeEach
    void annaBeginsTheAnswerAndBoTakesACopy() throws Exception {
        server = window.closedAfterTheWindow(new TestServer().enrol(ANNA, "S", ServerRole.MEMBER, "Anna Svensson")
                .enrol(BO, "S", ServerRole.MEMBER, "Bo Ek"));
        interpellation = server.registered(Matter.newMatter(MatterKind.INTERPELLATION,
                "Interpellation om skolskjutsar").submitted(LocalDate.parse("2026-11-20"))
                .authors(List.of(new Person("Jan Ek", "V"))).body("1. Hur många barn åker skolskjuts?")
                .status(Status.SUBMITTED).build()).id();
        annaWrites(ANNAS);
        network = window.closedAfterTheWindow(NetworkCut.to(server.pg.port()));
        ServerClients.copied(boFolder, LIVE, server.url(BO, network.port()), BO);
    }

    @Test
    void whatBoWroteOfflineReachesTheServerAndAnnasNextWordsComeIntoHisSvar(FxRobot robot) throws Exception {
        TextArea text = bosAnswerOpenOffline(robot);
        robot.clickOn(text).type(KeyCode.END).write(" Bos stycke.");
        String bos = ANNAS + " Bos stycke.";
        waitUntil(() -> bos.equals(draftHere()));
        network.mend();

        sync(robot);
        waitUntil(() -> window.dialogs.notifications.stream().anyMatch(n -> n.startsWith("Synkningen är klar")),
                () -> "errors " + window.dialogs.errors);
        assertThat(window.dialogs.errors).isEmpty();
        assertThat(draftOnTheServer()).isEqualTo(bos);

        annaWrites(bos + " Annas slutord.");
        sync(robot);
        waitUntil(() -> (bos + " Annas slutord.").equals(text.getText()), () -> "errors " + window.dialogs.errors
                + ", Svar '" + text.getText() + "'");
        assertThat(window.dialogs.errors).isEmpty();
        window.snapshot(robot, "answer-train-synced");
    }

    @Test
    void anAnswerBothChangedIsShownSideBySideAndHisChoiceIsSent(FxRobot robot) throws Exception {
        TextArea text = bosAnswerOpenOffline(robot);
        robot.clickOn(text).type(KeyCode.END).write(" Bos stycke.");
        waitUntil(() -> (ANNAS + " Bos stycke.").equals(draftHere()));
        annaWrites(ANNAS + " Annas stycke.");
        network.mend();

        sync(robot);
        waitUntil(() -> robot.lookup("#conflict-choose-mine").tryQuery().isPresent(),
                () -> "errors " + window.dialogs.errors + ", notices " + window.dialogs.notifications);
        window.settled();
        assertThat(window.dialogs.errors).isEmpty();
        // Named as Svar names it (it said "Interpellation om skolskjutsar – text", the column's name).
        assertThat(robot.lookup("#conflict-what").queryLabeled().getText())
                .isEqualTo("Interpellation om skolskjutsar – Svarets text");
        assertThat(robot.lookup("#conflict-theirs-label").queryLabeled().getText())
                .startsWith("På servern, sparat av Anna Svensson (S) i dag kl. ");
        assertThat(robot.lookup("#conflict-theirs").queryAs(TextArea.class).getText())
                .isEqualTo(ANNAS + " Annas stycke.");
        assertThat(robot.lookup("#conflict-mine-label").queryLabeled().getText()).isEqualTo("Här på datorn");
        assertThat(robot.lookup("#conflict-mine").queryAs(TextArea.class).getText()).isEqualTo(ANNAS + " Bos stycke.");
        TextArea mine = robot.lookup("#conflict-mine").queryAs(TextArea.class);
        WindowDriver.screenshot(robot, mine.getScene(), "answer-train-conflict.png");

        robot.clickOn("#conflict-choose-mine");
        waitUntil(() -> !mine.getScene().getWindow().isShowing());
        sync(robot);
        WindowDriver.waitForStore(() -> (ANNAS + " Bos stycke.").equals(draftOnTheServer()));
        assertThat(window.dialogs.errors).isEmpty();
    }

    /** Bo's window with Svar open on the interpellation and the network to the server cut (the train). */
    private TextArea bosAnswerOpenOffline(FxRobot robot) {
        MainWindow shell = window.open(robot);
        robot.interact(() -> SyncMenu.install(shell, new PasswordOnly()));
        window.settled();
        network.cut();
        window.show(robot, AnswerScreen.ID);
        ListView<Matter> list = robot.lookup("#answerMatters").queryListView();
        waitUntil(() -> list.getItems().stream().anyMatch(m -> m.id() == interpellation));
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(m -> m.id() == interpellation).findFirst().orElseThrow()));
        TextArea text = robot.lookup("#answerText").queryAs(TextArea.class);
        waitUntil(() -> ANNAS.equals(text.getText()));
        return text;
    }

    /** Arkiv → Synkronisera… from the register, as the sync's notices and errors are recorded afresh. */
    private void sync(FxRobot robot) {
        window.settled();
        window.dialogs.notifications.clear();
        window.dialogs.errors.clear();
        window.show(robot, RegisterScreen.ID);
        WindowDriver.menu(robot, "Arkiv", "Synkronisera…");
        window.show(robot, AnswerScreen.ID);
    }

    private String draftHere() {
        return window.shell().context().services().answers().draft(interpellation).map(d -> d.text()).orElse("");
    }

    /** Anna's text saved in the program on the server, over the draft she read just before. */
    private void annaWrites(String text) {
        try (Ledamot anna = ServerClients.online(server.url(ANNA))) {
            var read = anna.answers().open(anna.matters().find(interpellation).orElseThrow());
            assertThat(anna.answers().autosave(read, read.withText(text, Instant.now())).conflicts()).isEmpty();
        }
    }

    private String draftOnTheServer() {
        try (Ledamot anna = ServerClients.online(server.url(ANNA))) {
            return anna.answers().draft(interpellation).orElseThrow().text();
        }
    }
}
