package se.ledamot.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.Position;
import se.ledamot.domain.meeting.Stance;
import se.ledamot.service.ServerClients;
import se.ledamot.store.AgendaStore;
import se.ledamot.store.MatterStore;
import se.ledamot.store.MeetingStore;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.PositionStore;
import se.ledamot.store.ServerRole;
import se.ledamot.store.TestServer;
import se.ledamot.ui.StoryWindow;
import se.ledamot.ui.WindowDriver;

/**
 * Arkiv in a window on the shared server (a real PostgreSQL; groups S and V have each written a position): the
 * export there writes what Anna of group S may see, her group's position and not V's; Säkerhetskopiera nu and Läs in
 * en export… say in Swedish that they are the administrator's, instead of being missing or doing nothing.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class ServerExportWindowTest {
    private static final String S_MEMBER = "srvexport_anna_s";
    private static final String V_MEMBER = "srvexport_vera_v";

    @TempDir
    Path folder;
    @TempDir
    Path elsewhere;

    private TestServer server;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder)
            .openedBy((f, clock) -> ServerClients.online(server.url(S_MEMBER)));

    /** Off the FX thread (TestFX's setup has a time limit): the server, a motion on an agenda, each group's note. */
    @BeforeEach
    void serverWithAPositionOfEachGroup() {
        server = window.closedAfterTheWindow(new TestServer().enrol(S_MEMBER, "S", ServerRole.MEMBER, "Anna Svensson")
                .enrol(V_MEMBER, "V", ServerRole.MEMBER, "Vera Ek"));
        long item;
        try (OpenDatabase secretariat = server.admin()) {
            long matter = new MatterStore(secretariat.dsl(), Clock.systemUTC())
                    .add(Matter.newMatter(MatterKind.MOTION, "Motion om simhallen").build()).id();
            long meeting = new MeetingStore(secretariat.dsl(), Clock.systemUTC())
                    .add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))).id();
            item = new AgendaStore(secretariat.dsl(), Clock.systemUTC()).addMatters(meeting, List.of(matter))
                    .getFirst().id();
        }
        for (String group : List.of("S", "V")) {
            try (OpenDatabase member = server.signIn(group.equals("S") ? S_MEMBER : V_MEMBER)) {
                new PositionStore(member.dsl(), Clock.systemUTC(), group).save(Position.undecided(item, group)
                        .withStance(Stance.SUPPORT).withNotes("Gruppens anteckning " + group));
            }
        }
    }

    @Test
    void theExportHoldsWhatTheLoginMaySeeAndTheBackupSaysWhoseItIs(FxRobot robot) throws Exception {
        window.open(robot);
        robot.interact(() -> ExportMenu.installOnServer(window.shell()));
        window.settled();
        Path export = elsewhere.resolve("export");
        window.dialogs.chosenFolder = export;

        WindowDriver.menu(robot, "Arkiv", "Exportera det du har tillgång till…");
        WindowDriver.waitUntil(() -> window.dialogs.notifications.stream()
                .anyMatch(n -> n.startsWith("Det du har tillgång till på servern är exporterat till " + export)));
        assertThat(window.dialogs.errors).isEmpty();
        String positions = Files.readString(export.resolve("position.jsonl"), StandardCharsets.UTF_8);
        assertThat(positions).contains("Gruppens anteckning S").doesNotContain("Gruppens anteckning V");
        assertThat(Files.readString(export.resolve("matter.jsonl"), StandardCharsets.UTF_8))
                .contains("Motion om simhallen");

        robot.clickOn("Arkiv");
        // No samples are ever loaded on the server (a walk found the item offered there all the same).
        assertThat(fileMenu(window)).contains("Exportera det du har tillgång till…")
                .doesNotContain("Ta bort exempelärenden");
        snapshotOfTheOpenMenu(robot, "server-file-menu-open");
        robot.clickOn("Säkerhetskopiera nu");
        WindowDriver.waitUntil(() -> window.dialogs.notifications.stream().anyMatch(n -> n.contains("pg_dump")));
        assertThat(window.dialogs.notifications.getLast()).startsWith("Du arbetar på den delade servern ("
                + S_MEMBER + "@").contains("säkerhetskopieras och återställs av serverns administratör");
        WindowDriver.menu(robot, "Arkiv", "Läs in en export…");
        WindowDriver.waitUntil(() -> window.dialogs.notifications.getLast().contains("Arbeta lokalt"));
        window.snapshot(robot, "server-file-menu");
    }

    /** The texts of Arkiv's items. */
    static java.util.List<String> fileMenu(StoryWindow window) {
        return window.shell().menuBar().getMenus().getFirst().getItems().stream()
                .map(javafx.scene.control.MenuItem::getText).filter(java.util.Objects::nonNull).toList();
    }

    /** Writes the menu that is open (a window of its own) to target/{name}.png. */
    private static void snapshotOfTheOpenMenu(FxRobot robot, String name) throws Exception {
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        WindowDriver.waitUntil(() -> javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w instanceof javafx.stage.PopupWindow && w.isShowing()));
        robot.interact(() -> shot[0] = javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.stage.PopupWindow && w.isShowing()).findFirst().orElseThrow()
                .getScene().snapshot(null));
        javax.imageio.ImageIO.write(WindowDriver.toAwt(shot[0]), "png", Path.of("target", name + ".png").toFile());
    }
}
