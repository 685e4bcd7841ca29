package se.ledamot.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
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
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.WindowDriver;

/**
 * Protokoll in a window: the secretary enters the day of the justering and saves; afterwards an item is put on the
 * agenda and moved to its top. The Paragrafer list still shows the motion under the § it was approved with, and the
 * new item after the approved ones (it showed the motion one § further down, as the printed protokoll did).
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class ApprovedParagraphsWindowTest {
    /** How the list names the motion's item. */
    private static final String MOTION = "Motion från Jan Alexandersson (V) om cykelvägar";

    @TempDir
    Path folder;

    @RegisterExtension
    final ViewWindow window = new ViewWindow(() -> folder);

    private TestContext test;
    private Meeting kf;

    @BeforeEach
    void aHeldMeeting() {
        test = window.test();
        kf = test.services.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-11-16")));
        long motion = test.services.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om cykelvägar")
                .submitted(LocalDate.parse("2026-03-01")).authors(List.of(Person.parse("Jan Alexandersson (V)")))
                .status(Status.PREPARED).build()).id();
        test.services.meetings().addMatters(kf.id(), List.of(motion));
        test.services.meetings().addText(kf.id(), "Val av justerare");
    }

    @Test
    void theParagraphsStayAsApprovedWhenAnItemIsAddedAndMovedAfter(FxRobot robot) {
        MinutesViewModel vm = new MinutesViewModel(test.context);
        robot.interact(() -> {
            window.stage().getScene().setRoot(new MinutesView(vm));
            vm.loadMeetings();
        });
        waitUntil(() -> kf.equals(vm.meeting().get()));
        assertThat(vm.entries()).extracting(Object::toString).contains("§ 5  " + MOTION);

        // Justerat by those who sign it (5 kap. 69 §), with who was present noted (5 kap. 67 §): without them the
        // justering is refused (JusteringSignersTest).
        // Each field scrolled into view first: the run's one failure (twice, beside other window classes) was this
        // save never made.
        WindowDriver.clickShown(robot, "#attendeeName").write("Lena Ek (S)").type(KeyCode.ENTER);
        WindowDriver.clickShown(robot, "#minutesChair").write("Anna Ordf (S)");
        WindowDriver.clickShown(robot, "#minutesSecretary").write("Sara Sekr");
        WindowDriver.clickShown(robot, "#minutesAdjusters").write("Lena Ek (S)");
        WindowDriver.clickShown(robot, "#minutesAdjusted").write("2026-11-20").type(KeyCode.ENTER);
        WindowDriver.clickShown(robot, "#saveMinutes");
        waitUntil(() -> LocalDate.parse("2026-11-20").equals(test.services.papers().minutes(kf.id()).adjusted()),
                () -> "stored " + test.services.papers().minutes(kf.id()) + ", shown " + robot.lookup(".label")
                        .queryAllAs(javafx.scene.control.Label.class).stream().map(javafx.scene.control.Label::getText)
                        .filter(t -> t != null && !t.isBlank()).toList());

        AgendaItem added = test.services.meetings().addText(kf.id(), "Information om budgeten");
        List<Long> ids = test.services.meetings().agenda(kf.id()).stream().map(AgendaItem::id).toList();
        List<Long> moved = new ArrayList<>(ids);
        moved.remove(added.id());
        moved.addFirst(added.id());
        test.services.meetings().arrange(kf.id(), ids, moved);
        robot.interact(vm::reload);
        robot.clickOn("Paragrafer");

        waitUntil(() -> shown(robot).contains("§ 7  Information om budgeten"), () -> shown(robot).toString());
        assertThat(shown(robot)).as("the motion's § as approved").contains("§ 5  " + MOTION)
                .doesNotContain("§ 6  " + MOTION);
    }

    /** The lines the Paragrafer list shows. */
    private static List<String> shown(FxRobot robot) {
        return se.ledamot.ui.WindowDriver.onFx(() -> robot.lookup("#minutesItems .list-cell").queryAllAs(
                ListCell.class).stream().map(ListCell::getText).filter(t -> t != null && !t.isEmpty()).toList());
    }

    /**
     * Walked (walk15): a justering day to come was taken without a word. The window says why it is refused and keeps
     * the day typed, so it can be put right (the test's clock says 22 November; the meeting was on the 16th).
     */
    @Test
    void aJusteringDayToComeIsRefusedInSwedishAndTheDayTypedStays(FxRobot robot) throws Exception {
        MinutesViewModel vm = new MinutesViewModel(test.context);
        robot.interact(() -> {
            window.stage().getScene().setRoot(new MinutesView(vm));
            vm.loadMeetings();
        });
        waitUntil(() -> kf.equals(vm.meeting().get()));

        robot.clickOn("#minutesAdjusted").write("2026-12-17").type(KeyCode.ENTER);
        robot.clickOn("#saveMinutes");
        Label error = robot.lookup("#minutesError").queryAs(Label.class);
        waitUntil(() -> error.getText().contains("Justeringsdagen den 17 december 2026 har inte kommit än."));
        assertThat(vm.form().adjusted().get()).isEqualTo(LocalDate.parse("2026-12-17"));
        assertThat(test.services.papers().storedMinutes(kf.id()).adjusted()).isNull();
        WindowDriver.screenshot(robot, error.getScene(), "minutes-justering-refused.png");
    }
}
