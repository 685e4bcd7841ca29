package se.ledamot.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.ledamot.domain.ExportProgress;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.service.FolderAccess;
import se.ledamot.service.Ledamot;
import se.ledamot.service.Passwords;
import se.ledamot.ui.StoryWindow;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.register.RegisterScreen;
import se.ledamot.ui.shell.MainWindow;

/**
 * Arkiv → Exportera allt… and Läs in en export… in the real window at 1280×800: the export is written in the
 * background and said in the notification bar; reading one in closes the window and opens it again on the data.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ExportWindowTest {
    @TempDir
    Path folder;

    @TempDir
    Path elsewhere;

    private StoryWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Platform.setImplicitExit(false);
        try (Ledamot app = Ledamot.open(folder, TestContext.CLOCK)) {
            app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om cykelvägar").build());
            app.matters().add(Matter.newMatter(MatterKind.QUESTION, "Fråga om bibliotekets öppettider").build());
        }
        window = new StoryWindow(stage, folder);
    }

    @AfterEach
    void end(FxRobot robot) throws Exception {
        window.end(robot);
    }

    private void install(FxRobot robot) {
        install(robot, window);
    }

    private static void install(FxRobot robot, StoryWindow window) {
        robot.interact(() -> ExportMenu.install(window.shell(), () -> Optional.of(window.openHere())));
    }

    @Test
    void everythingIsExportedFromTheMenuAndAnExportReadInComesBackInANewWindow(FxRobot robot) throws Exception {
        MainWindow first = window.open(robot);
        install(robot);
        window.settled();
        Path export = elsewhere.resolve("export");
        window.dialogs.chosenFolder = export;

        // In a data folder of one's own the samples can be taken away again; on a server they never come.
        assertThat(ServerExportWindowTest.fileMenu(window)).contains("Ta bort exempelärenden");
        robot.clickOn("Arkiv");
        robot.clickOn("Exportera allt…");
        WindowDriver.waitUntil(() -> window.dialogs.notifications.stream()
                .anyMatch(n -> n.startsWith("Allt är exporterat till " + export)));
        assertThat(Files.readAllLines(export.resolve("matter.jsonl"))).hasSize(2);
        window.snapshot(robot, "export-done");

        robot.interact(() -> first.context().services().matters()
                .add(Matter.newMatter(MatterKind.OTHER, "Skrivet efter exporten").build()));
        window.dialogs.confirmAnswer = true;
        robot.clickOn("Arkiv");
        robot.clickOn("Läs in en export…");
        WindowDriver.waitUntil(() -> window.shell() != first && window.shell().stage().isShowing());
        window.settled();

        assertThat(window.dialogs.asked).singleElement().asString().contains("2 ärenden");
        assertThat(window.dialogs.notifications).anyMatch(n -> n.startsWith("Exporten är inläst: "));
        List<String> titles = window.shell().context().services().matters().list().stream().map(Matter::title)
                .toList();
        assertThat(titles).containsExactlyInAnyOrder("Motion om cykelvägar", "Fråga om bibliotekets öppettider");
        window.show(robot, RegisterScreen.ID);
        window.snapshot(robot, "export-read-in");
    }

    @Test
    void aProtectedFolderIsNotAskedForItsPasswordAgainAfterAnExportIsReadIn(FxRobot robot) throws Exception {
        Path export = elsewhere.resolve("export");
        try (Ledamot app = Ledamot.open(folder, TestContext.CLOCK)) {
            app.exports().export(export, ExportProgress.NONE);
            app.dataFolder().orElseThrow().protect("rätt lösenord 1".toCharArray());
        }
        AtomicInteger asked = new AtomicInteger();
        Passwords user = (file, backup, attempt, lastWasWrong) -> {
            asked.incrementAndGet();
            return "rätt lösenord 1".toCharArray();
        };
        StoryWindow protectedWindow = new StoryWindow(stage, folder,
                (f, clock) -> Ledamot.open(f, clock, new FolderAccess(user, () -> { })));
        window = protectedWindow;
        MainWindow first = protectedWindow.open(robot);
        install(robot, protectedWindow);
        protectedWindow.settled();
        assertThat(asked).hasValue(1);

        protectedWindow.dialogs.chosenFolder = export;
        protectedWindow.dialogs.confirmAnswer = true;
        robot.clickOn("Arkiv");
        robot.clickOn("Läs in en export…");
        WindowDriver.waitUntil(() -> protectedWindow.shell() != first && protectedWindow.shell().stage().isShowing());
        protectedWindow.settled();

        assertThat(asked).as("password questions").hasValue(1);
        assertThat(protectedWindow.shell().context().services().dataFolder().orElseThrow().isProtected()).isTrue();
        assertThat(protectedWindow.shell().context().services().matters().list()).hasSize(2);
    }
}
