package se.ledamot.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
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
@WindowTest
@ExtendWith(WindowRobot.class)
class ExportWindowTest {
    @TempDir
    Path folder;

    @TempDir
    Path elsewhere;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder, app -> {
        app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om cykelvägar").build());
        app.matters().add(Matter.newMatter(MatterKind.QUESTION, "Fråga om bibliotekets öppettider").build());
    });

    private void install(FxRobot robot) {
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
        WindowDriver.menu(robot, "Arkiv", "Exportera allt…");
        WindowDriver.waitUntil(() -> window.dialogs.notifications.stream()
                .anyMatch(n -> n.startsWith("Allt är exporterat till " + export)));
        assertThat(Files.readAllLines(export.resolve("matter.jsonl"))).hasSize(2);
        window.snapshot(robot, "export-done");

        robot.interact(() -> first.context().services().matters()
                .add(Matter.newMatter(MatterKind.OTHER, "Skrivet efter exporten").build()));
        window.dialogs.confirmAnswer = true;
        WindowDriver.menu(robot, "Arkiv", "Läs in en export…");
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
        window.openedBy((f, clock) -> Ledamot.open(f, clock, new FolderAccess(user, () -> { })));
        MainWindow first = window.open(robot);
        install(robot);
        window.settled();
        assertThat(asked).hasValue(1);

        window.dialogs.chosenFolder = export;
        window.dialogs.confirmAnswer = true;
        WindowDriver.menu(robot, "Arkiv", "Läs in en export…");
        WindowDriver.waitUntil(() -> window.shell() != first && window.shell().stage().isShowing());
        window.settled();

        assertThat(asked).as("password questions").hasValue(1);
        assertThat(window.shell().context().services().dataFolder().orElseThrow().isProtected()).isTrue();
        assertThat(window.shell().context().services().matters().list()).hasSize(2);
    }
}
