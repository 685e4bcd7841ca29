package se.ledamot.ui.register;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.screenshot;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import org.testfx.framework.junit5.Start;
import se.ledamot.WindowTestPreparedApart;
import se.ledamot.domain.MatterKind;
import se.ledamot.l10n.Localization;
import se.ledamot.service.FolderAccess;
import se.ledamot.service.Ledamot;
import se.ledamot.service.RegisterService;
import se.ledamot.ui.DesktopApp;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.shell.MainWindow;

/**
 * Issue 15's register at scale, in the real window at 1280x800 over the generator's data: the first rows,
 * the whole register counted, scrolled to its end with the keyboard, sorted by a column header, filtered by kind and
 * back. Nothing here times anything: the waits are TestFX's, the figures are the scale benchmark's.
 */
@WindowTestPreparedApart
@ExtendWith(WindowRobot.class)
class RegisterAtScaleWindowTest {
    /**
     * The 100 000 in every build (generated and indexed in 85 s on the shared 2-core machine at load 4–5,
     * the whole test about 2 min); {@code -Dledamot.registerWindowMatters=N} for another size.
     */
    private static final int MATTERS = Integer.getInteger("ledamot.registerWindowMatters", 100_000);

    @TempDir
    static Path folder;

    private static int count;
    private MainWindow shell;

    @BeforeAll
    static void generate() throws IOException {
        long start = System.nanoTime();
        String local = System.getProperty("ledamot.registerWindowFolder");
        if (local != null) {
            // Local iteration only: a copy of a folder generated before (never the original).
            copy(Path.of(local), folder);
            try (Ledamot app = Ledamot.open(folder, TestContext.CLOCK)) {
                count = app.register().count();
            }
            return;
        }
        // As the generate command makes a new folder: beside it, its plain indexes made once after the rows.
        Ledamot.generateInto(folder, TestContext.CLOCK, FolderAccess.NONE, MATTERS, 15, n -> { }, n -> { });
        try (Ledamot app = Ledamot.open(folder, TestContext.CLOCK)) {
            count = app.register().count();
        }
        System.out.printf("RegisterAtScaleWindowTest: %d matters generated and indexed in %d ms%n", MATTERS,
                (System.nanoTime() - start) / 1_000_000);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var walk = java.nio.file.Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (java.nio.file.Files.isDirectory(p)) {
                    java.nio.file.Files.createDirectories(t);
                } else {
                    java.nio.file.Files.copy(p, t);
                }
            }
        }
    }

    /** What the flow shows now, for a failed wait: its position, the cells drawn and whether they were read. */
    private static String flowState(TableView<MatterRow> table) {
        var flow = (javafx.scene.control.skin.VirtualFlow<?>) table.lookup(".virtual-flow");
        StringBuilder b = new StringBuilder("position=" + flow.getPosition() + " cellCount=" + flow.getCellCount()
                + " selected=" + table.getSelectionModel().getSelectedIndex());
        Node clip = table.lookup(".clipped-container");
        b.append(" view=").append(clip.localToScene(clip.getBoundsInLocal()));
        var first = flow.getFirstVisibleCell();
        var lastCell = flow.getLastVisibleCell();
        b.append(" first=").append(first == null ? -1 : first.getIndex())
                .append(" last=").append(lastCell == null ? -1 : lastCell.getIndex());
        for (Node n : table.lookupAll(".table-row-cell")) {
            if (n instanceof TableRow<?> r && r.isVisible() && r.getIndex() >= table.getItems().size() - 12) {
                var bb = n.localToScene(n.getBoundsInLocal());
                Node t = r.lookup(".title-cell");
                b.append(String.format("%n  row %d loaded=%s y=%.1f..%.1f pref=%.1f needsLayout=%s titlePref=%.1f",
                        r.getIndex(), r.getItem() instanceof MatterRow m && m.isLoaded(), bb.getMinY(), bb.getMaxY(),
                        r.prefHeight(-1), r.isNeedsLayout(), t == null ? -1 : t.prefHeight(-1)));
            }
        }
        return b.toString();
    }

    @Start
    void start(Stage stage) {
        Platform.setImplicitExit(false);
        shell = DesktopApp.open(stage, folder, TestContext.CLOCK).orElseThrow();
        shell.show(RegisterScreen.ID);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (shell.stage().isShowing()) {
                shell.requestClose();
            }
        });
    }

    private static List<String> titles(TableView<MatterRow> table, int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> table.getItems().get(i)).map(MatterRow::title).toList();
    }

    private static boolean loaded(TableView<MatterRow> table, int from, int to) {
        return IntStream.range(from, to).allMatch(i -> table.getItems().get(i).isLoaded());
    }

    private static List<Long> idsOf(TableView<MatterRow> table, int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> table.getItems().get(i).id()).toList();
    }

    private static List<Long> idsFrom(long[] ids, int from, int to) {
        return java.util.Arrays.stream(ids, from, to).boxed().toList();
    }

    /** Whether the table shows this row whole, not cut by its edges nor outside them. */
    private static boolean wholeRowInView(TableView<MatterRow> table, int index) {
        Node clip = table.lookup(".clipped-container");
        javafx.geometry.Bounds view = clip.localToScene(clip.getBoundsInLocal());
        return table.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> r && r.isVisible() && r.getIndex() == index)
                .map(n -> n.localToScene(n.getBoundsInLocal()))
                .anyMatch(b -> b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5);
    }

    /** Every row shown is as tall as its text (rows filled in place once kept their empty one-line height). */
    private static boolean rowsAsTallAsTheirText(TableView<MatterRow> table) {
        return table.lookupAll(".table-row-cell").stream().filter(n -> n instanceof TableRow<?> r && r.isVisible()
                && r.getIndex() >= 0 && r.getIndex() < table.getItems().size()).map(n -> (TableRow<?>) n)
                .allMatch(r -> Math.abs(r.getHeight() - r.prefHeight(r.getWidth())) < 0.5);
    }

    /** The titles the table's cells show now, top to bottom. */
    private static List<String> titlesOnScreen(TableView<MatterRow> table) {
        return table.lookupAll(".title-cell").stream().map(Node.class::cast)
                .filter(n -> n.isVisible() && n instanceof javafx.scene.control.TableCell<?, ?> c && !c.isEmpty())
                .map(n -> ((javafx.scene.control.TableCell<?, ?>) n).getItem()).map(String::valueOf).toList();
    }

    @Test
    void theGeneratedRegisterScrollsSortsAndFiltersInTheWindow(FxRobot robot) throws IOException {
        assertThat(count).isGreaterThan(MATTERS * 9 / 10);
        TableView<MatterRow> table = robot.lookup("#register-table").queryTableView();
        Labeled summary = robot.lookup(".hint").match(n -> n instanceof Labeled l && l.getText() != null
                && l.textProperty().isBound()).queryLabeled();
        RegisterViewModel vm = shell.screen(RegisterScreen.class).orElseThrow().registerViewModel();

        // The whole register, newest first, with its rows on screen.
        waitUntil(() -> table.getItems().size() == count
                && summary.getText().equals(Localization.get("ui.register.summary", count, count)));
        waitUntil(() -> !titlesOnScreen(table).isEmpty() && titlesOnScreen(table).stream().noneMatch(String::isBlank));
        List<Long> newest = onFx(() -> IntStream.range(0, 50).mapToObj(i -> table.getItems().get(i).id()).toList());
        long[] ids = shell.context().services().register().ids(RegisterService.Query.ALL, false);
        assertThat(newest).isEqualTo(java.util.Arrays.stream(ids, 0, 50).boxed().toList());

        // Scrolled to the end with the keyboard: the last matter is selected, read, shown in the editor and its
        // whole row in the table's view (End once left it below the table's edge: rows grow when read).
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn(table).type(KeyCode.END);
        long last = ids[ids.length - 1];
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == count - 1 && loaded(table, count - 1, count)
                && vm.selectedProperty().get() == table.getItems().get(count - 1));
        assertThat(onFx(() -> table.getItems().get(count - 1).id())).isEqualTo(last);
        try {
            waitUntil(() -> wholeRowInView(table, count - 1) && rowsAsTallAsTheirText(table));
        } catch (AssertionError e) {
            screenshot(robot, shell.stage().getScene(), "register-at-scale-end-failed.png");
            throw new AssertionError("last row not whole in view: " + onFx(() -> flowState(table)), e);
        }
        assertThat(onFx(() -> titlesOnScreen(table))).contains(onFx(() -> table.getItems().get(count - 1).title()));
        screenshot(robot, shell.stage().getScene(), "register-at-scale-end.png");

        // Sorted by title from its header: the first and last rows are the database's, in its order.
        long[] byTitle = shell.context().services().register().ids(
                RegisterService.Query.ALL.sortedBy(RegisterService.Sort.TITLE, true), false);
        assertThat(byTitle).hasSize(count).isNotEqualTo(ids);
        Node titleHeader = robot.from(table).lookup(".column-header").match(n -> n.lookup(".label") instanceof Labeled l
                && Localization.get("ui.register.column.title").equals(l.getText())).query();
        robot.clickOn(titleHeader);
        waitUntil(() -> table.getItems().size() == count && table.getItems().get(0).id() == byTitle[0]);
        assertThat(onFx(() -> idsOf(table, 0, 100))).isEqualTo(idsFrom(byTitle, 0, 100));
        robot.interact(() -> table.scrollTo(count - 1));
        waitUntil(() -> loaded(table, count - 100, count));
        assertThat(onFx(() -> idsOf(table, count - 100, count))).isEqualTo(idsFrom(byTitle, count - 100, count));
        List<String> first = onFx(() -> titles(table, 0, 100));
        List<String> end = onFx(() -> titles(table, count - 100, count));
        assertThat(first).doesNotContainAnyElementsOf(end);

        // Filtered by kind in its menu: only interpellations, as many as the database has; cleared, all again.
        int interpellations = shell.context().services().register().ids(RegisterService.Query.ALL.withFilters(
                Set.of(MatterKind.INTERPELLATION), Set.of(), Set.of()), false).length;
        assertThat(interpellations).isBetween(1, count - 1);
        @SuppressWarnings("unchecked")
        CheckComboBox<MatterKind> kinds = robot.lookup("#kind-filter").queryAs(CheckComboBox.class);
        robot.interact(() -> kinds.getCheckModel().check(MatterKind.INTERPELLATION));
        waitUntil(() -> table.getItems().size() == interpellations
                && summary.getText().equals(Localization.get("ui.register.summary", interpellations, count)));
        robot.interact(() -> table.scrollTo(0));
        waitUntil(() -> loaded(table, 0, 100));
        assertThat(onFx(() -> IntStream.range(0, 100).mapToObj(i -> table.getItems().get(i).kindProperty().get())
                .distinct().toList())).containsExactly(Localization.kind(MatterKind.INTERPELLATION));
        screenshot(robot, shell.stage().getScene(), "register-at-scale-interpellations.png");
        robot.interact(() -> kinds.getCheckModel().clearChecks());
        waitUntil(() -> table.getItems().size() == count
                && summary.getText().equals(Localization.get("ui.register.summary", count, count)));
    }
}
