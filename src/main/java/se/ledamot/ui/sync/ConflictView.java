package se.ledamot.ui.sync;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.ConflictKind;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.domain.sync.TextMerge;
import se.ledamot.l10n.Localization;

/**
 * The conflicts of a sync, one at a time, side by side: the server's value, this computer's, and for a long text a
 * merged text the user may edit. Each is settled only by the user's choice; "Välj senare" leaves it waiting.
 */
public final class ConflictView {
    static final String ID = "sync-conflicts";
    /** The heights, in rows, of the two sides of a value that is not a long text. */
    private static final int SHORT_ROWS_MIN = 3;
    private static final int SHORT_ROWS_MAX = 16;

    /** Settles one conflict as chosen; then {@code after}, or {@code failed} once the failure is said. */
    public interface Chooser {
        void choose(Conflict conflict, Resolution choice, String text, Runnable after, Runnable failed);

        /** The user put the conflicts aside ("Välj senare"). */
        default void later() {
        }
    }


    private final Window owner;
    private final Chooser vm;
    /** The main window's clock (MainWindow keeps it in its properties), for "i dag" in who saved the other side. */
    private final Clock clock;
    private final List<Conflict> waiting = new ArrayList<>();
    private Stage stage;
    private int total;
    /**
     * Where the keyboard is on the page shown: the merged text where there is one (the side the user edits), else
     * this side's value (never a button a stray key could press).
     */
    private javafx.scene.Node focus;

    public ConflictView(Window owner, Chooser vm) {
        this.owner = owner;
        this.vm = vm;
        this.clock = owner.getProperties().get(Clock.class) instanceof Clock c ? c : null;
    }

    /**
     * What a screen hands its view model to show conflicts with: one conflict view, made for the node's window the
     * first time it is needed.
     */
    public static java.util.function.Consumer<List<Conflict>> shownOver(javafx.scene.Node node, Chooser vm) {
        ConflictView[] view = new ConflictView[1];
        List<List<Conflict>> held = new ArrayList<>(1);
        java.util.function.Consumer<List<Conflict>> show = list -> {
            if (view[0] == null) {
                view[0] = new ConflictView(node.getScene().getWindow(), vm);
            }
            view[0].show(list);
        };
        // A node not on screen yet (Sammanträden shows its agenda once a meeting is chosen) shows them when it is.
        node.sceneProperty().addListener((o, was, now) -> {
            if (now != null && !held.isEmpty()) {
                show.accept(held.removeLast());
            }
        });
        return list -> {
            held.clear();
            if (node.getScene() == null) {
                held.add(list);
            } else {
                show.accept(list);
            }
        };
    }

    /** Shows these conflicts, first to last. */
    public void show(List<Conflict> conflicts) {
        waiting.clear();
        waiting.addAll(conflicts);
        total = conflicts.size();
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle(Localization.get("ui.sync.conflicts.title"));
            stage.setScene(new Scene(new VBox(), 1000, 620));
        }
        showFirst();
        stage.show();
        stage.toFront();
        if (focus != null) {
            focus.requestFocus();
        }
    }

    /**
     * The screen it asks for is left: the view closes (it is not to float over another screen) and hands back the
     * conflicts not chosen yet, to be asked when she is back; none when it was not showing.
     */
    public List<Conflict> putAway() {
        if (stage == null || !stage.isShowing()) {
            return List.of();
        }
        stage.close();
        return List.copyOf(waiting);
    }

    private void showFirst() {
        if (waiting.isEmpty()) {
            stage.close();
            return;
        }
        Conflict c = waiting.getFirst();
        stage.getScene().setRoot(page(c, total - waiting.size() + 1));
        focus.requestFocus();
    }

    private VBox page(Conflict c, int number) {
        Label counter = new Label(Localization.get("ui.sync.conflicts.counter", number, total));
        Label what = new Label(Localization.get("ui.sync.conflicts.what", c.title(), SyncViewModel.fieldName(c)));
        what.setId("conflict-what");
        what.setWrapText(true);
        what.setStyle("-fx-font-weight: bold;");
        String whyKey = "ui.sync.conflicts.why." + c.kind().name().toLowerCase(java.util.Locale.ROOT);
        Label why = new Label(c.reason().isEmpty() ? Localization.get(whyKey) : Localization.get(whyKey, c.reason()));
        why.setId("conflict-why");
        why.setWrapText(true);

        TextArea theirs = shown("conflict-theirs", c.theirs());
        TextArea mine = shown("conflict-mine", c.mine());
        // Online (saved meanwhile) "mine" is what was typed in this window, "theirs" what another saved meanwhile, on
        // a server or in another window of the same data folder (no server then); after a sync, the server's copy
        // and this computer's. Two lists that break the rules together are saved-meanwhile conflicts too.
        boolean meanwhile = c.kind() == ConflictKind.SAVED_MEANWHILE || c.kind() == ConflictKind.BREAKS_RULES;
        // The other side is said with who saved it and when, where that is known (issue 16.5).
        HBox sides = new HBox(12, column(SavedByWords.heading(c.savedBy(), meanwhile, clock), theirs,
                "conflict-theirs-label"), column(Localization.get(meanwhile ? "ui.sync.conflicts.mine.window"
                        : "ui.sync.conflicts.mine"), mine, "conflict-mine-label"));
        if (c.longText()) {
            VBox.setVgrow(sides, Priority.ALWAYS);
        } else {
            // A value of a few lines (a time, a choice, a short list) is shown at its own height, not in two empty
            // panes filling the window; a long list scrolls.
            int rows = Math.min(SHORT_ROWS_MAX, Math.max(SHORT_ROWS_MIN,
                    Math.max(theirs.getText().split("\n", -1).length, mine.getText().split("\n", -1).length)));
            theirs.setPrefRowCount(rows);
            mine.setPrefRowCount(rows);
        }

        // Each choice names whose side it keeps: hers on another computer, another window's, someone else's.
        Button keepTheirs = button("conflict-choose-theirs", SavedByWords.keepTheirs(c.savedBy(), meanwhile),
                () -> choose(c, Resolution.THEIRS, null));
        // A field this login may not change: "mine" cannot go to the server, so keeping it leaves the conflict open
        // (the change stays here only, and the status bar says so) instead of settling it to be refused again.
        Button keepMine = c.kind() == ConflictKind.NOT_ALLOWED
                ? button("conflict-keep-here", Localization.get("ui.sync.conflicts.keepHere"), () -> {
                    waiting.remove(c);
                    showFirst();
                })
                : button("conflict-choose-mine", SavedByWords.keepMine(c.savedBy(), meanwhile),
                        () -> choose(c, Resolution.MINE, null));
        Button later = button("conflict-later", Localization.get("ui.sync.conflicts.later"), () -> {
            stage.close();
            vm.later();
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, keepTheirs, keepMine);
        focus = mine;

        VBox page = new VBox(10, counter, what, why, sides);
        if (c.longText()) {
            TextMerge.Result merged = c.merged();
            TextArea edited = new TextArea(merged.text());
            edited.setId("conflict-merged");
            edited.setWrapText(true);
            focus = edited;
            Label note = new Label(Localization.get(merged.clean() ? "ui.sync.conflicts.merged.clean"
                    : "ui.sync.conflicts.merged.overlap"));
            note.setWrapText(true);
            VBox mergedBox = new VBox(4, new Label(Localization.get("ui.sync.conflicts.merged")), edited, note);
            VBox.setVgrow(edited, Priority.ALWAYS);
            VBox.setVgrow(mergedBox, Priority.ALWAYS);
            page.getChildren().add(mergedBox);
            buttons.getChildren().add(button("conflict-choose-merged", Localization.get("ui.sync.conflicts.chooseMerged"),
                    () -> choose(c, Resolution.MERGED, edited.getText())));
        }
        buttons.getChildren().addAll(gap, later);
        if (!c.longText()) {
            // The choice stays at the foot of the window, where it is with a long text.
            Region foot = new Region();
            VBox.setVgrow(foot, Priority.ALWAYS);
            page.getChildren().add(foot);
        }
        page.getChildren().add(buttons);
        page.setPadding(new Insets(16));
        page.setId(ID);
        return page;
    }

    private void choose(Conflict c, Resolution choice, String text) {
        stage.getScene().getRoot().setDisable(true);
        vm.choose(c, choice, text, () -> {
            waiting.remove(c);
            showFirst();
        }, () -> stage.getScene().getRoot().setDisable(false));
    }

    private static TextArea shown(String id, String text) {
        TextArea area = new TextArea(text == null || text.isEmpty() ? Localization.get("ui.sync.conflicts.empty")
                : text);
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        return area;
    }

    private static VBox column(String heading, TextArea area, String labelId) {
        Label label = new Label(heading);
        label.setId(labelId);
        label.setWrapText(true);
        VBox box = new VBox(4, label, area);
        VBox.setVgrow(area, Priority.ALWAYS);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
