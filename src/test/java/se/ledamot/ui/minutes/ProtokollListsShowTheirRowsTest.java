package se.ledamot.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.VirtualFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.minutes.Attendance;
import se.ledamot.domain.minutes.ItemMinutes;
import se.ledamot.domain.minutes.Minutes;
import se.ledamot.domain.minutes.MotionType;
import se.ledamot.domain.minutes.MovedMotion;
import se.ledamot.domain.minutes.Reservation;
import se.ledamot.domain.minutes.Seat;
import se.ledamot.domain.papers.BodyPapers;
import se.ledamot.domain.papers.PaperSettings;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.StoryWindow;
import se.ledamot.ui.WindowDriver;
import se.ledamot.WindowRobot;

/**
 * Walk27: a § with four yrkanden and three reservations showed two rows of each in a box of its own to scroll,
 * however high the window. Its lists show what they hold (up to a height that follows the window's), at 1280x800 and
 * 1000x650, and the decision's wording and its button still fit in the record's view together.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class ProtokollListsShowTheirRowsTest {
    private static final List<String> MEMBERS = List.of("Åsa Öst (S)", "Jan Alexandersson (V)", "Östen Müller (M)",
            "Lena Ek (S)", "Bo Berg (M)", "Karin Lund (C)");

    @TempDir
    Path folder;

    private long meetingId;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder.resolve("data"), this::seed)
            .withScreens(MinutesScreen::install);

    private void seed(Ledamot app) {
        long motion = MinutesFlowTest.motionOnCycleLanes(app).id();
        meetingId = MinutesFlowTest.councilOn16November(app).id();
        long item = app.meetings().addMatters(meetingId, List.of(motion)).getFirst().id();
        Body council = app.bodies().list().stream().filter(b -> b.code().equals("KF")).findFirst().orElseThrow();
        List<Seat> seats = MEMBERS.stream().map(Seat::member).toList();
        app.papers().saveSettings(PaperSettings.empty().withBody(BodyPapers.defaults(council)
                .withChair(Person.parse("Åsa Öst (S)")).withSecretary("Anna Berg").withSeats(seats)));
        app.papers().saveMinutes(Minutes.blank(meetingId).withAttendance(Attendance.allOf(seats)));
        ItemMinutes record = ItemMinutes.empty(item)
                .withMotion(MovedMotion.of(person(1), MotionType.APPROVE_PROPOSAL))
                .withMotion(MovedMotion.of(person(2), MotionType.REJECT))
                .withMotion(MovedMotion.of(person(3), MotionType.REFER_BACK))
                .withMotion(MovedMotion.of(person(4), MotionType.APPROVE_PROPOSAL));
        for (int i : new int[] {2, 4, 5}) {
            record = record.withReservation(new Reservation(List.of(person(i)), "eget yrkande", null));
        }
        app.papers().saveItemMinutes(record);
    }

    private static Person person(int i) {
        return Person.parse(MEMBERS.get(i));
    }

    @Test
    void fourYrkandenAndThreeReservationsShowWholeAndTheDecisionStaysInSight(FxRobot robot) throws Exception {
        window.open(robot);
        window.minutesOf(robot, meetingId);
        window.minutesTab(robot, "minutesTabItems");
        ListView<EntryRow> items = robot.lookup("#minutesItems").queryListView();
        waitUntil(() -> items.getItems().stream().anyMatch(e -> e.toString().contains("cykelvägar")));
        robot.interact(() -> items.getSelectionModel().select(items.getItems().stream()
                .filter(e -> e.toString().contains("cykelvägar")).findFirst().orElseThrow()));
        waitUntil(() -> robot.lookup("#minutesItemTitle").queryAs(Label.class).getText().contains("cykelvägar"));
        ListView<?> motions = robot.lookup("#minutesMotions").queryListView();
        ListView<?> reservations = robot.lookup("#minutesReservations").queryListView();
        waitUntil(() -> motions.getItems().size() == 4 && reservations.getItems().size() == 3);
        for (double[] size : new double[][] {{1280, 800}, {1000, 650}}) {
            robot.interact(() -> {
                window.shell().stage().setWidth(size[0]);
                window.shell().stage().setHeight(size[1]);
            });
            window.settled();
            List<String> found = new ArrayList<>();
            String at = (int) size[0] + "x" + (int) size[1];
            for (ListView<?> list : List.of(motions, reservations)) {
                WindowDriver.reveal(robot, list);
                window.snapshot(robot, "protokoll-lists-" + list.getId() + "-" + (int) size[0]);
                robot.interact(() -> {
                    boolean scrolls = list.lookupAll(".scroll-bar").stream().anyMatch(n -> n.isVisible()
                            && ((ScrollBar) n).getOrientation() == Orientation.VERTICAL);
                    if (!allRowsWhole(list) || scrolls) {
                        found.add("#" + list.getId() + " shows rows " + WindowDriver.rowsInView(list) + " of "
                                + list.getItems().size() + " in " + Math.round(list.getHeight()) + " px at " + at);
                    }
                });
            }
            ScrollPane record = scrolledToDecision(robot);
            window.snapshot(robot, "protokoll-lists-decision-" + (int) size[0]);
            robot.interact(() -> {
                Bounds view = record.localToScene(record.getLayoutBounds());
                for (String id : List.of("#decisionTaken", "#decisionText", "#saveDecision")) {
                    Node n = record.lookup(id);
                    Bounds b = n.localToScene(n.getLayoutBounds());
                    if (b.getMinY() < view.getMinY() - 0.5 || b.getMaxY() > view.getMaxY() + 0.5) {
                        found.add(id + " lies at " + Math.round(b.getMinY()) + "–" + Math.round(b.getMaxY())
                                + ", the record shows " + Math.round(view.getMinY()) + "–"
                                + Math.round(view.getMaxY()) + " at " + at);
                    }
                }
            });
            assertThat(found).isEmpty();
        }
    }

    /** Whether every row of the list is drawn whole inside it: none to scroll to, none cut at its edge. */
    private static boolean allRowsWhole(ListView<?> list) {
        VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
        Bounds inside = flow.localToScene(flow.getLayoutBounds());
        for (int i = 0; i < list.getItems().size(); i++) {
            IndexedCell<?> cell = flow.getVisibleCell(i);
            if (cell == null || !cell.isVisible()) {
                return false;
            }
            Bounds row = cell.localToScene(cell.getLayoutBounds());
            if (row.getMinY() < inside.getMinY() - 0.5 || row.getMaxY() > inside.getMaxY() + 0.5) {
                return false;
            }
        }
        return true;
    }

    /** The record scrolled so that its decision's section starts at the top of the view, as Debatt opens it. */
    private static ScrollPane scrolledToDecision(FxRobot robot) {
        Node form = robot.lookup("#minutesItemTitle").query().getParent();
        ScrollPane[] pane = {null};
        robot.interact(() -> {
            for (Node n = form; n != null; n = n.getParent()) {
                if (n instanceof ScrollPane p) {
                    pane[0] = p;
                    break;
                }
            }
            Node section = form.lookup("#decisionTaken").getParent().getParent();
            double top = form.sceneToLocal(section.localToScene(section.getBoundsInLocal())).getMinY();
            pane[0].setVvalue(Math.clamp(top / (form.getLayoutBounds().getHeight()
                    - pane[0].getViewportBounds().getHeight()), 0.0, 1.0));
        });
        robot.interact(() -> { });
        return pane[0];
    }
}
