package se.ledamot.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.reveal;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Matter;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.minutes.Seat;
import se.ledamot.domain.papers.BodyPapers;
import se.ledamot.domain.papers.PaperSettings;
import se.ledamot.l10n.Localization;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.StoryWindow;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.look.CutOffText;

/**
 * Session 18's walk, the standard items: under "§ 1 Upprop" Protokoll offered motions, the chair's proposition, a
 * vote and reservations, none of which an Upprop has, and did not say that who is present is written on the tab
 * Sammanträdet. And the protokoll of a meeting with no chair, secretary or justerare was written without a word
 * that its lines to sign had no names.
 */
@WindowTest
@Isolated // it changes the language or the JVM's default locale, which every test beside it would read
@ExtendWith(WindowRobot.class)
class StandardItemWindowTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder.resolve("data"), this::seed)
            .withScreens(MinutesScreen::install);

    /** A council meeting with one motion; the body's papers name no chair and no secretary (as the samples). */
    private void seed(Ledamot app) {
        Matter motion = MinutesFlowTest.motionOnCycleLanes(app);
        Meeting kf = MinutesFlowTest.councilOn16November(app);
        app.meetings().addMatters(kf.id(), List.of(motion.id()));
        Body council = app.bodies().list().stream().filter(b -> b.code().equals("KF")).findFirst().orElseThrow();
        app.papers().saveSettings(PaperSettings.empty().withBody(BodyPapers.defaults(council).withSeats(List.of(
                Seat.member("Åsa Öst (S)"), Seat.member("Jan Alexandersson (V)")))));
    }

    @AfterEach
    void swedishAgain() {
        Localization.setLocale(Localization.SWEDISH);
    }

    /** Shown on screen: it and every pane it is in are visible. */
    private static boolean shown(FxRobot robot, String query) {
        for (Node n = robot.lookup(query).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static ListView<?> items(FxRobot robot) {
        TabPane tabs = robot.lookup("#minutesTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        return robot.lookup("#minutesItems").queryListView();
    }

    /** Chooses the § at {@code index} and waits until it can be written on (a standard item is put on first). */
    private static void choose(FxRobot robot, ListView<?> items, int index, String title) {
        robot.interact(() -> items.getSelectionModel().select(index));
        waitUntil(() -> robot.lookup("#minutesItemTitle").queryAs(Label.class).getText().contains(title)
                && !robot.lookup("#decisionText").query().isDisabled());
    }

    @Test
    void underUppropSheWritesItsWordingAndIsToldWhereWhoIsPresentIsWritten(FxRobot robot) throws Exception {
        window.open(robot);
        waitUntil(() -> robot.lookup("#minutesMeeting").queryComboBox().getValue() != null);
        ListView<?> items = items(robot);

        choose(robot, items, 0, "Upprop");
        for (String hidden : List.of("#minutesMotions", "#carried", "#voters", "#decisionTaken",
                "#minutesReservations")) {
            assertThat(shown(robot, hidden)).as(hidden).isFalse();
        }
        for (String kept : List.of("#decisionText", "#saveDecision", "#minutesNotes")) {
            assertThat(shown(robot, kept)).as(kept).isTrue();
        }
        assertThat(robot.lookup("#minutesStandardHint").queryAs(Label.class).getText()).isEqualTo(
                "Här antecknas beslutets lydelse och eventuella anteckningar; en stående punkt har inga yrkanden, "
                        + "ingen omröstning och inga reservationer. Vilka som är närvarande skrivs under Närvarande "
                        + "på fliken Sammanträdet: protokollet har dem i närvarolistan och räknar dem här om du inte "
                        + "skriver en egen lydelse.");
        window.snapshot(robot, "minutes-standard-item");
        reveal(robot, robot.lookup("#minutesToMeeting").query());
        robot.clickOn("#minutesToMeeting");
        waitUntil(() -> robot.lookup("#minutesTabs").queryAs(TabPane.class).getSelectionModel()
                .getSelectedIndex() == 0);

        // Val av justerare points to the justerare on the same tab; a motion has its motions and vote again.
        items = items(robot);
        choose(robot, items, 1, "Val av justerare");
        assertThat(robot.lookup("#minutesStandardHint").queryAs(Label.class).getText())
                .contains("Justerarna och tiden för justeringen skrivs på fliken Sammanträdet");
        assertThat(shown(robot, "#voters")).isFalse();
        int motion = items.getItems().size() - 1;
        while (!items.getItems().get(motion).toString().contains("cykelvägar")) {
            motion--;
        }
        choose(robot, items, motion, "cykelvägar");
        // With no yrkanden moved yet, the chair's finding is the line that says how the council decides then.
        for (String back : List.of("#minutesMotions", "#carriedNone", "#voters", "#decisionTaken",
                "#minutesReservations")) {
            assertThat(shown(robot, back)).as(back).isTrue();
        }
        assertThat(shown(robot, "#minutesStandardHint")).isFalse();
    }

    /**
     * Walked (walk19a): under "§ 1 Upprop" the wording's field read "… till exempel: Kommunfullmäktige beslutar i
     * enlighet med förslaget till beslut", a matter's example, and stayed empty. It offers what the protokoll writes
     * there ("Upprop förrättas."), taken with one click and then hers to edit; nothing is written for her unasked.
     */
    @Test
    void underAStandardItemTheUsualWordingIsOfferedAndTakenWithOneClick(FxRobot robot) throws Exception {
        window.open(robot);
        waitUntil(() -> robot.lookup("#minutesMeeting").queryComboBox().getValue() != null);
        ListView<?> items = items(robot);
        choose(robot, items, 0, "Upprop");
        long itemId = ((EntryRow) items.getSelectionModel().getSelectedItem()).item().id();
        Ledamot app = window.shell().context().services();
        TextArea wording = robot.lookup("#decisionText").queryAs(TextArea.class);
        assertThat(wording.getPromptText()).doesNotContain("förslaget till beslut").doesNotContain("bifalla");
        Label suggestion = robot.lookup("#decisionSuggestion").queryAs(Label.class);
        waitUntil(() -> suggestion.getText().contains("Upprop förrättas."));
        assertThat(shown(robot, "#useSuggestion")).isTrue();
        assertThat(wording.getText()).as("offered, not written for her").isEmpty();
        assertThat(app.meetings().item(itemId).orElseThrow().decisionText()).isEmpty();
        window.snapshot(robot, "minutes-standard-suggestion");

        reveal(robot, robot.lookup("#useSuggestion").query());
        robot.clickOn("#useSuggestion");
        waitUntil(() -> wording.getText().equals("Upprop förrättas."));
        WindowDriver.waitForStore(() -> app.meetings().item(itemId).orElseThrow().decisionText()
                .equals("Upprop förrättas."));
        assertThat(wording.isEditable()).isTrue();
        assertThat(shown(robot, "#useSuggestion")).as("taken: nothing more to offer").isFalse();
    }

    @Test
    void theProtokollWrittenWithNoChairSecretaryJusterareOrPlaceKeptSaysSo(FxRobot robot) throws Exception {
        window.open(robot);
        waitUntil(() -> robot.lookup("#minutesMeeting").queryComboBox().getValue() != null);
        Label status = robot.lookup("#minutesStatus").queryAs(Label.class);
        window.dialogs.saveTo = folder.resolve("protokoll.pdf");
        reveal(robot, robot.lookup("#exportProtokoll").query());
        robot.clickOn("#exportProtokoll");
        waitUntil(() -> status.getText().contains("protokoll.pdf"));
        assertThat(status.getText()).endsWith("Observera: protokollet saknar sekreterare, ordförande och justerare, "
                + "så raderna att skriva under har inget namn. Skriv in dem på fliken Sammanträdet innan du skriver "
                + "ut protokollet. Förvaringsplats för protokollet är inte angiven och står därför inte i "
                + "anslagsbeviset. Ange var protokollen förvaras under Inställningar. Kommunens namn är inte ifyllt "
                + "(Inställningar) – det står inte på handlingen.");
        // Walk30: at 1280 px the line ended "… Skriv in dem på flik…", what she is to do cut off.
        waitUntil(() -> WindowDriver.onFx(() -> CutOffText.in(status)).isEmpty());
        WindowDriver.screenshot(robot, status.getScene(), "protokoll-written-unsigned.png");
    }

    /**
     * Walk30: one justerare typed where the council's papers have two lines for them; the protokoll written said it
     * had no justerare ("saknar sekreterare, ordförande och justerare") with her name on the paper.
     */
    @Test
    void oneJusterareOfTwoIsSaidAsOneMoreMissing(FxRobot robot) throws Exception {
        window.open(robot);
        waitUntil(() -> robot.lookup("#minutesMeeting").queryComboBox().getValue() != null);
        WindowDriver.clickShown(robot, "#minutesAdjusters").write("Åsa Öst (S)");
        Label status = robot.lookup("#minutesStatus").queryAs(Label.class);
        window.dialogs.saveTo = folder.resolve("protokoll.pdf");
        reveal(robot, robot.lookup("#exportProtokoll").query());
        robot.clickOn("#exportProtokoll");
        waitUntil(() -> status.getText().contains("protokoll.pdf"));
        assertThat(status.getText()).contains("Observera: protokollet saknar sekreterare, ordförande och en justerare "
                + "till, så raderna att skriva under har inget namn.");
    }

    /** The same in English (c): the texts walk18a and this round put on the screen, read in the English locale. */
    @Test
    void inEnglishTheStandardItemAndTheMissingSignersReadAsEnglish(FxRobot robot) throws Exception {
        Localization.setLocale(Localization.ENGLISH);
        window.open(robot);
        waitUntil(() -> robot.lookup("#minutesMeeting").queryComboBox().getValue() != null);
        ListView<?> items = items(robot);
        assertThat(items.getItems().getFirst().toString()).isEqualTo("§ 1  Roll call");

        choose(robot, items, 0, "Roll call");
        assertThat(items.getItems().getFirst().toString()).as("put on the agenda, still in English")
                .isEqualTo("§ 1  Roll call");
        assertThat(robot.lookup("#minutesStandardHint").queryAs(Label.class).getText()).isEqualTo(
                "Record the wording of the decision and any notes here; a standard item has no motions, vote or "
                        + "reservations. Who is present is entered under Present on The meeting tab: the minutes list "
                        + "them there and count them here unless you write your own wording.");
        window.snapshot(robot, "minutes-standard-item-en");

        Label status = robot.lookup("#minutesStatus").queryAs(Label.class);
        window.dialogs.saveTo = folder.resolve("minutes.pdf");
        reveal(robot, robot.lookup("#exportProtokoll").query());
        robot.clickOn("#exportProtokoll");
        waitUntil(() -> status.getText().contains("minutes.pdf"));
        assertThat(status.getText()).endsWith("Note: the minutes have no secretary, chair or minutes checkers, so "
                + "the lines to sign have no name. Enter them on The meeting tab before you print the minutes. "
                + "Where the minutes are kept is not set, so the certificate of posting does not say it. Set where "
                + "the minutes are kept under Settings. The municipality's name is not filled in (Settings) – it "
                + "is not on the paper.");
    }
}
