package se.ledamot.ui.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import org.testfx.framework.junit5.Start;
import se.ledamot.WindowTest;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.look.CutOffText;
import se.ledamot.ui.shell.Appearance;
import se.ledamot.ui.shell.MainWindow;

/**
 * A notice that asks the user to act (the choices put aside waiting when the window opens, "Välj nu") is not covered
 * by a plain notice said right after it (on a server, the search's "behöver en datamapp"): both are shown, and its
 * action stays. Plain notices said while the bar shows are read together, the newest last, the two latest kept.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class NoticesTest {
    private static final String WAITING = "Ett val väntar sedan du valde ”Välj senare”.";
    private static final String SEARCH = "Sökningen behöver en datamapp.";
    private Stage stage;
    private NotificationPane notices;
    private FxDialogService dialogs;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        notices = new NotificationPane(new StackPane());
        Scene scene = new Scene(notices, 1280, 800);
        // The window's look: the theme's sizes, and the notice's label wrapping (ledamot.css).
        javafx.application.Application.setUserAgentStylesheet(Appearance.Theme.LIGHT.stylesheet());
        scene.getStylesheets().add(MainWindow.class.getResource(MainWindow.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
        dialogs = new FxDialogService(stage, notices);
    }

    /**
     * A notice too long for the window's width wraps beside its action, whose button keeps its words whole, and the
     * bar is as high as the wrapped text (a backup's at 1000×650: "Remove the s…" beside it, then "… är sparad i ...").
     */
    @Test
    void aLongNoticeWrapsWholeBesideItsWholeButton(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(640);
            dialogs.notify("Säkerhetskopian ledamot-2026-12-02-0445.zip är sparad i /home/anna/Dokument/Ledamot/"
                    + "säkerhetskopior. Den gamla från förra veckan finns kvar bredvid den.", "Ta bort säkerhetskopian",
                    () -> { });
        });
        waitUntil(notices::isShowing);
        WindowDriver.waitUntilStill(robot.lookup(".notification-bar").query());
        waitUntil(() -> whole(notices), () -> String.join("; ", CutOffText.in(notices)) + " " + sizes(notices));
        assertThat(WindowDriver.onFx(() -> notices.lookupAll(".notification-bar .label").stream()
                .filter(n -> n instanceof Label l && l.isWrapText() && l.getHeight() > 1.5 * l.prefHeight(-1))
                .count())).as("the notice on more than one line").isPositive();
    }

    /** Nothing in the bar cut, each button at least as wide as its words and each label as high as its lines. */
    private static boolean whole(NotificationPane notices) {
        return CutOffText.in(notices).isEmpty()
                && notices.lookupAll(".notification-bar .button").stream().map(Region.class::cast)
                        .allMatch(b -> b.getWidth() >= b.prefWidth(-1) - 0.5)
                && notices.lookupAll(".notification-bar .label").stream().map(Region.class::cast)
                        .allMatch(l -> l.getHeight() >= l.prefHeight(l.getWidth()) - 0.5);
    }

    private static String sizes(NotificationPane notices) {
        return java.util.stream.Stream.concat(notices.lookupAll(".notification-bar .label").stream(),
                notices.lookupAll(".notification-bar .button").stream()).map(Region.class::cast).map(r -> r.getClass().getSimpleName() + " " + r.getWidth() + "x" + r.getHeight()
                        + " wants " + r.prefWidth(-1) + "x" + r.prefHeight(r.getWidth())).toList().toString();
    }

    @Test
    void aNoticeThatAsksToActStaysBesideALaterOne(FxRobot robot) {
        AtomicInteger chosen = new AtomicInteger();
        robot.interact(() -> {
            dialogs.notify(WAITING, "Välj nu", chosen::incrementAndGet);
            dialogs.notify(SEARCH);
        });
        waitUntil(notices::isShowing);
        assertThat(notices.getText()).contains(WAITING).contains(SEARCH);
        assertThat(notices.getActions()).singleElement().satisfies(a -> assertThat(a.getText()).isEqualTo("Välj nu"));

        robot.interact(() -> dialogs.notify("Sparat."));
        assertThat(notices.getText()).isEqualTo(WAITING + "\n" + SEARCH + "\nSparat.");
        robot.interact(() -> dialogs.notify("Kontakten med servern är tillbaka."));
        assertThat(notices.getText()).isEqualTo(WAITING + "\nSparat.\nKontakten med servern är tillbaka.");

        robot.interact(() -> notices.getActions().getFirst().handle(null));
        assertThat(chosen).hasValue(1);
        waitUntil(() -> !notices.isShowing());
        robot.interact(() -> dialogs.notify(SEARCH));
        assertThat(notices.getText()).isEqualTo(SEARCH);
        assertThat(notices.getActions()).isEmpty();
    }

    @Test
    void aNoticeThatAsksToActSaidAfterAPlainOneShowsBoth(FxRobot robot) {
        robot.interact(() -> {
            dialogs.notify(SEARCH);
            dialogs.notify(WAITING, "Välj nu", () -> { });
        });
        waitUntil(notices::isShowing);
        assertThat(notices.getText()).contains(WAITING).contains(SEARCH);
        assertThat(notices.getActions()).hasSize(1);
    }
}
