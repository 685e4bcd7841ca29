package se.ledamot.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.Position;
import se.ledamot.domain.meeting.Stance;
import se.ledamot.l10n.Localization;
import se.ledamot.service.Ledamot;
import se.ledamot.service.ServerAdministration;
import se.ledamot.service.ServerClients;
import se.ledamot.service.SyncService;
import se.ledamot.store.AgendaStore;
import se.ledamot.store.MatterStore;
import se.ledamot.store.MeetingStore;
import se.ledamot.store.NetworkCut;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.ServerRole;
import se.ledamot.store.StoreException;
import se.ledamot.store.TestServer;
import se.ledamot.ui.StoryWindow;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.meetings.GroupRow;
import se.ledamot.ui.meetings.GroupScreen;
import se.ledamot.ui.shell.MainWindow;

/**
 * The README's "Trying it on one machine: two laptops and a conflict" in the window (issue 16, "Done when": two clients
 * and one server). Karin of the secretariat registers a motion and puts it on a meeting's agenda; Anna's and Bo's
 * laptops of group S each take a copy. With the server out of reach (the README stops it; here the network to it is
 * cut), Anna gives the group's position on the motion her stance and arguments through the application, as the
 * README's commands do, and her sync does not reach the server; Bo, in his window's Partigrupp, gives it his stance and
 * notes. With the server back, Anna syncs first; Bo's Arkiv → Synkronisera… keeps her arguments and his notes (other
 * fields) and shows the stance they both changed side by side; he keeps his, his next sync sends it, and Anna's next
 * sync brings it: both laptops end with the same position. The status bar says each step in the README's words.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class TwoLaptopsWindowTest {
    private static final String TITLE = "Motion om att upprätta en integrationsplan";
    private static final String ANNA = "readme_anna";
    private static final String BO = "readme_bo";
    /**
     * Both laptops on the computer's own clock: a laptop dates a change it records by it (sync_state.made_at), and the
     * conflict view says "i dag" of the window's day.
     */
    private static final Clock LIVE = Clock.systemDefaultZone();
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH.mm");

    @TempDir
    Path annaFolder;

    @TempDir
    Path boFolder;

    private TestServer server;
    private NetworkCut network;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> boFolder).openedBy((folder, clock) -> Ledamot.open(folder, LIVE));

    /** Off the FX thread: the server with Karin's motion on the agenda, and both laptops' first syncs. */
    @BeforeEach
    void karinRegistersAndBothLaptopsJoin() throws Exception {
        server = window.closedAfterTheWindow(new TestServer()
                .enrol("readme_karin", null, ServerRole.COUNCIL_SECRETARY, "Karin Dahl")
                .enrol(ANNA, "S", ServerRole.MEMBER, "Anna Svensson").enrol(BO, "S", ServerRole.MEMBER, "Bo Ek"));
        try (OpenDatabase karin = server.signIn("readme_karin")) {
            long motion = new MatterStore(karin.dsl(), Clock.systemUTC()).add(Matter.newMatter(MatterKind.MOTION, TITLE)
                    .submitted(LocalDate.parse("2026-10-16")).authors(List.of(new Person("Jan Alexandersson", "V")))
                    .build()).id();
            long meeting = new MeetingStore(karin.dsl(), Clock.systemUTC()).add(Meeting.planned("KF",
                    LocalDate.parse("2027-02-08")).withPlace("Kommunhuset")).id();
            new AgendaStore(karin.dsl(), Clock.systemUTC()).addMatters(meeting, List.of(motion));
        }
        network = window.closedAfterTheWindow(NetworkCut.to(server.pg.port()));
        ServerClients.copied(annaFolder, LIVE, url(ANNA), ANNA);
        ServerClients.copied(boFolder, LIVE, url(BO), BO);
    }

    @Test
    void bothChangeThePositionOfflineBoGetsTheStanceConflictInTheWindowChoosesAndBothLaptopsEndEqual(FxRobot robot)
            throws Exception {
        MainWindow shell = bosWindowWithTheSyncMenu(robot);
        String bo = ServerAdministration.server(url(BO), BO).shortName();
        waitUntil(() -> state(robot).startsWith("Kopia av "));
        assertThat(state(robot)).isEqualTo("Kopia av " + bo + " på datorn – inget väntar på att skickas");

        // The server stops. Anna, on her laptop: position 1 1 --group S --stance support --arguments "Planen behövs".
        network.cut();
        List<String> annasMinute;
        try (Ledamot anna = Ledamot.open(annaFolder, LIVE)) {
            Instant before = Instant.now();
            anna.positions().save("S", groupsPosition(anna).withStance(Stance.SUPPORT).withArguments("Planen behövs"));
            annasMinute = Stream.of(before, Instant.now()).map(t -> MINUTE.format(t.atZone(ZoneId.systemDefault())))
                    .toList();
            assertThatThrownBy(() -> ServerClients.sync(anna, url(ANNA), ANNA))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(Localization.message(e))
                            .startsWith("Servern 127.0.0.1:" + network.port() + " svarar inte."));
            assertThat(anna.replica().orElseThrow().status().orElseThrow().waiting()).isEqualTo(1);
        }

        // Bo, in his window's Partigrupp: Avslag, and a note.
        bosPositionOpen(robot);
        ComboBox<Stance> stance = robot.lookup("#stance").queryComboBox();
        TextArea notes = robot.lookup("#notes").queryAs(TextArea.class);
        robot.interact(() -> stance.setValue(Stance.REJECT));
        robot.clickOn(notes).write("Fråga om kostnaden");
        WindowDriver.reveal(robot, robot.lookup("#position-save").query());
        robot.clickOn("#position-save");
        waitUntil(() -> state(robot).endsWith("1 ändring väntar på att skickas"));
        assertThat(state(robot)).isEqualTo("Kopia av " + bo + " på datorn – 1 ändring väntar på att skickas");

        // His sync while the server is out of reach: it says so, and the status bar says he is offline.
        WindowDriver.menu(robot, "Arkiv", "Synkronisera…");
        waitUntil(() -> state(robot).startsWith("Offline"), () -> "status '" + state(robot) + "', notices "
                + window.dialogs.notifications + ", errors " + window.dialogs.errors + ", working on " + shell.context()
                .tasks().running().stream().map(t -> t.title()).toList() + WindowDriver.windows());
        window.settled();
        assertThat(state(robot)).isEqualTo("Offline – 1 ändring väntar (kopia av " + bo + ")");
        assertThat(window.dialogs.errors).anyMatch(e -> e.contains("svarar inte"));
        window.dialogs.errors.clear();

        // The server starts again: Anna syncs first ("1 sak skickad").
        network.mend();
        assertThat(syncAnna().pushed()).isEqualTo(1);

        // Bo syncs in the window: the stance they both changed side by side, her arguments and his notes both kept.
        window.dialogs.notifications.clear();
        WindowDriver.menu(robot, "Arkiv", "Synkronisera…");
        waitUntil(() -> robot.lookup("#conflict-choose-mine").tryQuery().isPresent());
        window.settled();
        // Who made the server's side, and when she made it on her laptop (offline), as the README says it.
        assertThat(robot.lookup("#conflict-theirs-label").queryAs(Label.class).getText()).isIn(annasMinute.stream()
                .map(t -> "På servern, sparat av Anna Svensson (S) i dag kl. " + t).toList());
        assertThat(robot.lookup("#conflict-theirs").queryAs(TextArea.class).getText()).isEqualTo("Bifall till motionen");
        assertThat(robot.lookup("#conflict-mine-label").queryAs(Label.class).getText()).isEqualTo("Här på datorn");
        assertThat(robot.lookup("#conflict-mine").queryAs(TextArea.class).getText()).isEqualTo("Avslag");
        assertThat(robot.lookup("#conflict-choose-theirs").queryButton().getText()).isEqualTo("Behåll serverns");
        assertThat(robot.lookup("#conflict-choose-mine").queryButton().getText()).isEqualTo("Behåll min");
        assertThat(robot.lookup("#conflict-later").queryButton().getText()).isEqualTo("Välj senare");
        TextArea mine = robot.lookup("#conflict-mine").queryAs(TextArea.class);
        snapshot(robot, mine.getScene().getWindow(), "two-laptops-conflict");
        Position here = groupsPosition(shell.context().services());
        assertThat(here.arguments()).isEqualTo("Planen behövs");
        assertThat(here.notes()).isEqualTo("Fråga om kostnaden");
        assertThat(here.stance()).isEqualTo(Stance.REJECT);
        String firstSummary = window.dialogs.notifications.stream().filter(n -> n.startsWith("Synkningen"))
                .findFirst().orElseThrow();

        robot.clickOn("#conflict-choose-mine");
        waitUntil(() -> !mine.getScene().getWindow().isShowing());
        window.settled();
        assertThat(notes.getText()).isEqualTo("Fråga om kostnaden");
        assertThat(stance.getValue()).isEqualTo(Stance.REJECT);
        waitUntil(() -> state(robot).endsWith("1 ändring skickas vid nästa synkning (kopia på datorn)"));
        assertThat(state(robot)).isEqualTo("Ansluten till " + bo + " – 1 ändring skickas vid nästa synkning "
                + "(kopia på datorn)");

        // His next sync sends the choice; the status bar says all is synced.
        window.dialogs.notifications.clear();
        WindowDriver.menu(robot, "Arkiv", "Synkronisera…");
        waitUntil(() -> window.dialogs.notifications.stream().anyMatch(n -> n.startsWith("Synkningen")));
        assertThat(window.dialogs.notifications).contains("Synkningen är klar: 1 sak skickad, inget nytt att hämta.");
        waitUntil(() -> state(robot).endsWith("allt är synkat (kopia på datorn)"));
        assertThat(state(robot)).isEqualTo("Ansluten till " + bo + " – allt är synkat (kopia på datorn)");
        snapshot(robot, shell.stage(), "two-laptops-synced");
        assertThat(window.dialogs.errors).isEmpty();

        // Anna's next sync brings Bo's choice: both laptops hold the same position.
        assertThat(syncAnna().conflicts()).isZero();
        try (Ledamot anna = Ledamot.open(annaFolder, LIVE)) {
            Position hers = groupsPosition(anna);
            assertThat(hers.stance()).isEqualTo(Stance.REJECT);
            assertThat(hers.arguments()).isEqualTo("Planen behövs");
            assertThat(hers.notes()).isEqualTo("Fråga om kostnaden");
        }
        // Anna's arguments came to Bo's laptop in his first sync, merged in during the send: the summary counts them as
        // fetched, and so the screens read again and Partigrupp shows them (branch sync22 makes that count).
        assertThat(robot.lookup("#arguments").queryAs(TextArea.class).getText()).isEqualTo("Planen behövs");
        assertThat(firstSummary).isEqualTo("Synkningen är klar: 1 sak skickad, 1 sak hämtad, 1 konflikt att välja i.");
    }

    private String url(String login) {
        return server.url(login, network.port());
    }

    private SyncService.Summary syncAnna() {
        try (Ledamot anna = Ledamot.open(annaFolder, LIVE)) {
            return ServerClients.sync(anna, url(ANNA), ANNA);
        }
    }

    /** Group S's position on the motion on the meeting's agenda, as this laptop has it. */
    private static Position groupsPosition(Ledamot app) {
        Meeting meeting = app.meetings().list().getFirst();
        long matter = app.matters().list().stream().filter(m -> TITLE.equals(m.title())).findFirst().orElseThrow()
                .id();
        return app.positions().onAgenda(meeting.id(), matter, "S");
    }

    /** Bo's window, whose Arkiv → Synkronisera… asks nothing but the password (the folder knows its server). */
    private MainWindow bosWindowWithTheSyncMenu(FxRobot robot) {
        MainWindow shell = window.open(robot);
        robot.interact(() -> SyncMenu.install(shell, new PasswordOnly()));
        return shell;
    }

    /** Partigrupp, group S, the motion's row chosen: its position in the form. */
    private void bosPositionOpen(FxRobot robot) {
        window.show(robot, GroupScreen.ID);
        var group = robot.lookup("#group-code").queryTextInputControl();
        robot.interact(group::clear);
        robot.clickOn(group).write("S").type(KeyCode.ENTER);
        TableView<GroupRow> table = robot.lookup("#group-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        WindowDriver.clickFirstRow(robot, "#group-table");
        waitUntil(() -> !robot.lookup("#stance").queryComboBox().isDisabled());
    }

    private static void snapshot(FxRobot robot, javafx.stage.Window w, String name) throws java.io.IOException {
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> shot[0] = w.getScene().snapshot(null));
        javax.imageio.ImageIO.write(WindowDriver.toAwt(shot[0]), "png", Path.of("target", name + ".png").toFile());
    }

    /** The status bar's words for where the data is. */
    private static String state(FxRobot robot) {
        return robot.lookup("#connectionState").queryLabeled().getText();
    }
}
