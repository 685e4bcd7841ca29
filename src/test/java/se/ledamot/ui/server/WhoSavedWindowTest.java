package se.ledamot.ui.server;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.store.jooq.Tables.MATTER;
import static se.ledamot.store.jooq.Tables.SYNC_CHANGE;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.store.MatterStore;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.ServerRole;
import se.ledamot.store.online.TwoLogins;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.register.RegisterScreen;
import se.ledamot.ui.shell.MainWindow;

/**
 * Issue 16.5 in the real window (1280×800) on a real PostgreSQL server: Anna has the motion open while Karin Dahl of
 * her group saves its text from another client. Anna's save of the same text opens the conflict view, which names
 * the other writer by her enrolled name and party and says when she saved ("Sparat av Karin Dahl (S) i dag kl.
 * 14.32"), not "someone else".
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class WhoSavedWindowTest {
    private static final String ANNA = "whowin_anna";
    private static final String KARIN = "whowin_karin";
    private static final String TITLE = "Motion om simhallen";

    @RegisterExtension
    final OnlineWindow online = new OnlineWindow();

    private TwoLogins logins;
    private long matterId;

    @BeforeEach
    void twoMembersOfGroupSAndAMotion() {
        logins = online.logins(ANNA, KARIN, "S", ServerRole.MEMBER);
        try (OpenDatabase admin = logins.admin()) {
            matterId = new MatterStore(admin.dsl(), Clock.systemUTC())
                    .add(Matter.newMatter(MatterKind.MOTION, TITLE).body("Första stycket.").build()).id();
            admin.dsl().execute("UPDATE app_user SET name = 'Karin Dahl' WHERE login = '" + KARIN + "'");
        }
    }

    @Test
    void theConflictViewNamesTheOtherWriterAndWhenSheSaved(FxRobot robot) throws Exception {
        MainWindow shell = online.connectShowing(robot, logins, ANNA, RegisterScreen.ID);
        waitUntil(() -> robot.lookup(TITLE).tryQuery().isPresent());
        robot.clickOn(TITLE);
        waitUntil(() -> robot.lookup("#body").tryQuery().isPresent());
        WindowDriver.reveal(robot, robot.lookup("#body").query());

        MatterStore byKarin = new MatterStore(logins.second.dsl(), Clock.systemUTC());
        Matter copy = byKarin.find(matterId).orElseThrow();
        assertThat(byKarin.save(copy, copy.toBuilder().body("Första stycket, Karins.").build()).conflicts()).isEmpty();

        TextArea body = robot.lookup("#body").queryAs(TextArea.class);
        robot.interact(() -> body.appendText(" Annas tillägg."));
        waitUntil(() -> robot.lookup("#conflict-theirs-label").tryQuery().isPresent());

        // A window on a server goes by the computer's clock, as the server does: Karin saved today.
        assertThat(robot.lookup("#conflict-theirs-label").queryAs(Label.class).getText())
                .isEqualTo("Sparat av Karin Dahl (S) i dag kl. "
                        + DateTimeFormatter.ofPattern("HH.mm").format(karinsSave()));
        assertThat(robot.lookup("#conflict-theirs").queryAs(TextArea.class).getText())
                .isEqualTo("Första stycket, Karins.");
        assertThat(robot.lookup("#conflict-mine-label").queryAs(Label.class).getText()).isEqualTo("I det här fönstret");
        TextArea merged = robot.lookup("#conflict-merged").queryAs(TextArea.class);
        OnlineWindow.snapshot(robot, shell.stage(), "who-saved-window");
        OnlineWindow.snapshot(robot, merged.getScene().getWindow(), "who-saved-conflict");
    }

    /** When the server noted Karin's save, in the computer's zone. */
    private ZonedDateTime karinsSave() {
        try (OpenDatabase admin = logins.admin()) {
            return admin.dsl().select(SYNC_CHANGE.CHANGED_AT).from(SYNC_CHANGE).join(MATTER)
                    .on(MATTER.UID.eq(SYNC_CHANGE.ENTITY_KEY)).where(SYNC_CHANGE.ENTITY.eq("matter"))
                    .and(MATTER.ID.eq(matterId)).fetchSingle().value1().atZoneSameInstant(ZoneId.systemDefault());
        }
    }
}
