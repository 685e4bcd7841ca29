package se.ledamot.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.reveal;
import static se.ledamot.ui.WindowDriver.toAwt;
import static se.ledamot.ui.WindowDriver.waitForStore;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.ledamot.WindowTest;
import se.ledamot.domain.Matter;
import se.ledamot.service.FolderLock;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.register.MatterRow;
import se.ledamot.ui.register.RegisterScreen;
import se.ledamot.ui.shell.FieldLimits;
import se.ledamot.ui.shell.MainWindow;

/** Drives the real window: create, edit, filter, delete and undo, and autosave across a restart. */
@WindowTest
@ExtendWith(WindowRobot.class)
class DesktopAppTest {
    @TempDir
    Path folder;

    private MainWindow shell;
    private MainWindow reopened;

    @Start
    void start(Stage stage) {
        Platform.setImplicitExit(false);
        try (Ledamot app = Ledamot.open(folder)) {
            Samples.addAll(app.matters());
        }
        shell = DesktopApp.open(stage, folder, TestContext.CLOCK).orElseThrow();
        shell.show(RegisterScreen.ID);
    }

    @AfterEach
    void closeWindows(FxRobot robot) {
        for (MainWindow w : new MainWindow[] {shell, reopened}) {
            if (w != null) {
                robot.interact(() -> {
                    if (w.stage().isShowing()) {
                        w.requestClose();
                    }
                });
            }
        }
    }

    private static RegisterScreen register(MainWindow window) {
        return window.screen(RegisterScreen.class).orElseThrow();
    }

    private Matter stored(String title) {
        return shell.context().services().matters().list().stream().filter(m -> m.title().equals(title)).findFirst()
                .orElse(null);
    }

    private static TableView<MatterRow> table(FxRobot robot) {
        return robot.lookup("#register-table").queryTableView();
    }

    /** The titles of the register's rows, read on the FX thread (rows are filled there, a page at a time). */
    private static List<String> shownTitles(FxRobot robot) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> table(robot).getItems().stream()
                    .map(MatterRow::title).toList()).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aNewMatterIsTypedIntoAndItsClausesReorderedAndAllIsSaved(FxRobot robot) {
        waitUntil(() -> table(robot).getItems().size() == 6);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#title").queryAs(TextField.class).isFocused());
        robot.write("Motion om säkra cykelvägar");
        reveal(robot, robot.lookup("#body").query());
        robot.clickOn("#body").write("Fler barn ska kunna cykla till skolan.");

        reveal(robot, robot.lookup("#proposals-add").query());
        robot.clickOn("#proposals-add").write("bygga en cykelväg till Kyrkbyn").type(KeyCode.ENTER);
        robot.clickOn("#proposals-add").write("utreda cykelparkering vid skolorna").type(KeyCode.ENTER);
        ListView<String> clauses = robot.lookup("#proposals-list").queryListView();
        waitUntil(() -> clauses.getItems().size() == 2 && clauses.getEditingIndex() < 0);
        robot.interact(() -> clauses.getSelectionModel().clearAndSelect(1));
        robot.clickOn("#proposals-up");

        waitForStore(() -> {
            Matter m = stored("Motion om säkra cykelvägar");
            return m != null && m.body().equals("Fler barn ska kunna cykla till skolan.")
                    && m.proposals().equals(List.of("utreda cykelparkering vid skolorna",
                            "bygga en cykelväg till Kyrkbyn"));
        });
        // The register's row follows the store's answer, a turn of the window later (a whole run asked at once
        // and saw "Nytt ärende" still).
        waitUntil(() -> shownTitles(robot).contains("Motion om säkra cykelvägar"));
        assertThat(clauses.getItems()).containsExactly("utreda cykelparkering vid skolorna",
                "bygga en cykelväg till Kyrkbyn");
    }

    @Test
    void theFreeTextFilterAndCtrlFFindAMatter(FxRobot robot) {
        waitUntil(() -> table(robot).getItems().size() == 6);
        robot.clickOn("#register-table");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#search").queryAs(TextField.class).isFocused());
        robot.write("jobbhuset");
        waitUntil(() -> shownTitles(robot).equals(List.of("Interpellation om integrationsenheten och Jobbhuset")));
        robot.eraseText("jobbhuset".length()).write("simhallen");
        waitUntil(() -> shownTitles(robot).equals(List.of("Motion om längre öppettider i simhallen")));
    }

    @Test
    void deleteMovesTheMatterToTheTrashAndUndoBringsItBack(FxRobot robot) {
        String title = "Motion om längre öppettider i simhallen";
        waitUntil(() -> shownTitles(robot).contains(title));
        robot.clickOn(title);
        robot.type(KeyCode.DELETE);
        waitUntil(() -> !shownTitles(robot).contains(title));
        assertThat(stored(title)).isNull();
        assertThat(robot.lookup(".notification-bar .label").queryAs(Labeled.class).getText())
                .isEqualTo("Ärendet ”" + title + "” flyttades till papperskorgen.");

        javafx.scene.control.Button undo = robot.lookup("Ångra").queryButton();
        WindowDriver.waitUntilStill(undo);
        robot.clickOn(undo);
        waitUntil(() -> shownTitles(robot).contains(title));
        assertThat(stored(title)).isNotNull();
    }

    @Test
    void aTrashedMatterCanBeRestoredFromTheTrashScreen(FxRobot robot) {
        String title = "Medborgarförslag om cykelväg till Kyrkbyn";
        waitUntil(() -> shownTitles(robot).contains(title));
        robot.clickOn(title).type(KeyCode.DELETE);
        waitUntil(() -> !shownTitles(robot).contains(title));
        robot.clickOn("Papperskorg");
        waitUntil(() -> robot.lookup("#trash-table").queryTableView().getItems().size() == 1);
        robot.clickOn(title).clickOn("#restore");
        waitForStore(() -> stored(title) != null);
        robot.clickOn("Ärenden");
        waitUntil(() -> shownTitles(robot).contains(title));
    }

    @Test
    void typedTextSurvivesClosingAndReopeningTheWindow(FxRobot robot) throws Exception {
        String title = "Motion om att upprätta en integrationsplan";
        waitUntil(() -> shownTitles(robot).contains(title));
        robot.clickOn(title);
        waitUntil(() -> robot.lookup("#title").queryAs(TextField.class).getText().equals(title));
        reveal(robot, robot.lookup("#body").query());
        robot.clickOn("#body").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Skrivet precis innan fönstret stängdes.");
        // Close at once: the window must save on close, not rely on the autosave pause.
        robot.interact(shell::requestClose);
        assertThat(shell.stage().isShowing()).isFalse();

        CompletableFuture<Optional<MainWindow>> second = new CompletableFuture<>();
        robot.interact(() -> second.complete(DesktopApp.open(new Stage(), folder, TestContext.CLOCK)));
        reopened = second.get(5, TimeUnit.SECONDS).orElseThrow();
        long id = reopened.context().services().matters().list().stream().filter(m -> m.title().equals(title)).findFirst()
                .orElseThrow().id();
        robot.interact(() -> register(reopened).openMatter(id));
        waitUntil(() -> robot.lookup("#body").queryAs(TextArea.class).getText()
                .equals("Skrivet precis innan fönstret stängdes."));
    }

    @Test
    void aBadDateIsRefusedWithASwedishMessageAndTheDateIsKept(FxRobot robot) {
        String title = "Motion om att upprätta en integrationsplan";
        waitUntil(() -> shownTitles(robot).contains(title));
        robot.clickOn(title);
        javafx.scene.control.DatePicker submitted = robot.lookup("#submitted").query();
        waitUntil(() -> java.time.LocalDate.parse("2025-12-16").equals(submitted.getValue()));
        robot.doubleClickOn(submitted.getEditor()).press(KeyCode.CONTROL, KeyCode.A)
                .release(KeyCode.A, KeyCode.CONTROL).write("2025-02-30").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#submitted-problem").queryAs(Labeled.class).isVisible());
        assertThat(robot.lookup("#submitted-problem").queryAs(Labeled.class).getText())
                .startsWith("”2025-02-30” är inget giltigt datum. Skriv datumet som ÅÅÅÅ-MM-DD");
        assertThat(submitted.getValue()).isEqualTo(java.time.LocalDate.parse("2025-12-16"));
        assertThat(stored(title).submitted()).isEqualTo(java.time.LocalDate.parse("2025-12-16"));
    }

    @Test
    void aDamagedDatabaseIsReportedInSwedishAndLeftAsItWas(FxRobot robot, @TempDir Path damaged) throws Exception {
        Path file = damaged.resolve("ledamot.mv.db");
        byte[] junk = "inte en databas ".repeat(500).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.nio.file.Files.write(file, junk);
        CompletableFuture<Optional<MainWindow>> attempt = new CompletableFuture<>();
        Platform.runLater(() -> attempt.complete(DesktopApp.open(new Stage(), damaged, TestContext.CLOCK)));
        waitUntil(() -> robot.lookup(".dialog-pane .label").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .anyMatch(text -> text != null && text.startsWith("Databas") && text.contains(damaged.toString()));
        javafx.scene.control.Button ok = robot.lookup(".dialog-pane .button").queryButton();
        WindowDriver.waitUntilStill(ok);
        robot.clickOn(ok);
        assertThat(attempt.get(5, TimeUnit.SECONDS)).isEmpty();
        assertThat(java.nio.file.Files.readAllBytes(file)).isEqualTo(junk);
        try (FolderLock free = FolderLock.tryAcquire(damaged).orElseThrow()) {
            assertThat(free).isNotNull();
        }
    }

    @Test
    void aSecondWindowOnTheSameFolderIsRefusedInSwedish(FxRobot robot) throws Exception {
        CompletableFuture<Optional<MainWindow>> second = new CompletableFuture<>();
        Platform.runLater(() -> second.complete(DesktopApp.open(new Stage(), folder, TestContext.CLOCK)));
        waitUntil(() -> robot.lookup(".dialog-pane .label").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .anyMatch(text -> text != null && text.startsWith("Ledamot är redan öppet för datamappen"));
        robot.clickOn(robot.lookup(".dialog-pane .button").queryButton());
        assertThat(second.get(5, TimeUnit.SECONDS)).isEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.context().services().matters().list()).hasSize(6);
    }

    /**
     * A title pasted longer than the database holds: the field turns red and says the limit, the editor says why it
     * did not save, the text stays. Writes target/limits-editor.png (1280×800) to look at.
     */
    @Test
    void aTooLongTitleTurnsTheFieldRedAndIsKeptButNotSaved(FxRobot robot) throws IOException {
        Matter plan = stored("Motion om att upprätta en integrationsplan");
        robot.interact(() -> register(shell).openMatter(plan.id()));
        TextField title = robot.lookup("#title").queryAs(TextField.class);
        waitUntil(() -> plan.title().equals(title.getText()));
        assertThat(FieldLimits.isOver(title)).isFalse();
        assertThat(title.getTooltip().getText()).isEqualTo("Högst 500 tecken (nu 42).");

        String pasted = plan.title() + " – " + "och en mycket lång förklaring ".repeat(16);
        robot.interact(() -> title.setText(pasted));
        assertThat(FieldLimits.isOver(title)).isTrue();
        assertThat(title.getTooltip().getText()).isEqualTo("Rubriken får vara högst 500 tecken, men har "
                + pasted.strip().length() + ".");
        Label problem = robot.lookup("#problem").queryAs(Label.class);
        waitUntil(() -> problem.getText().startsWith("Rubriken får vara högst 500 tecken"));
        assertThat(title.getText()).isEqualTo(pasted);
        assertThat(shell.context().services().matters().find(plan.id()).orElseThrow().title()).isEqualTo(plan.title());

        // The stage is shared with the other tests here: back to its size once the picture is taken.
        double width = shell.stage().getWidth();
        double height = shell.stage().getHeight();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            shell.stage().setWidth(1280);
            shell.stage().setHeight(800);
            shot[0] = shell.stage().getScene().snapshot(null);
            shell.stage().setWidth(width);
            shell.stage().setHeight(height);
        });
        ImageIO.write(toAwt(shot[0]), "png", Path.of("target/limits-editor.png").toFile());
        assertThat(Files.size(Path.of("target/limits-editor.png"))).isGreaterThan(10_000L);

        // Shortened, it is saved; the window then closes without asking about unsaved work.
        String shortened = pasted.substring(0, 500);
        robot.interact(() -> title.setText(shortened));
        assertThat(FieldLimits.isOver(title)).isFalse();
        waitUntil(() -> problem.getText().isEmpty());
        assertThat(shell.context().services().matters().find(plan.id()).orElseThrow().title()).isEqualTo(shortened.strip());
    }
}
