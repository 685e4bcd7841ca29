package se.ledamot.ui.register;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import se.ledamot.domain.Person;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.editor.EditorView;
import se.ledamot.ui.editor.EditorViewModel;
import se.ledamot.ui.shell.AbstractScreen;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Destination;
import se.ledamot.ui.shell.MainWindow;
import se.ledamot.ui.shell.SideOrBelow;

/**
 * The register of matters beside the editor of the selected one (below it when the window is too narrow for both).
 * Keys: Ctrl+N new, Ctrl+F its search field, Enter opens the
 * selected matter in the editor, Delete moves it to the trash (with undo).
 */
public final class RegisterScreen extends AbstractScreen {
    public static final String ID = "register";

    private final MainWindow shell;
    private final RegisterViewModel register;
    private final EditorViewModel editor;
    private RegisterView registerView;
    /** Built with the register, or at start two frames after it: its rows are drawn first ({@link #editorView}). */
    private EditorView editorView;
    private final javafx.scene.layout.StackPane editorPlace = new javafx.scene.layout.StackPane();
    /**
     * A matter went to the trash and the editor does not show the next one yet. A key held down repeats (Delete);
     * until the editor has caught up, a repeat is taken for the same press, not for another matter.
     */
    private boolean trashing;

    private RegisterScreen(MainWindow shell) {
        super(ID, "ui.register.title");
        this.shell = shell;
        AppContext context = shell.context();
        register = new RegisterViewModel(context);
        editor = new EditorViewModel(context);
        editor.setOnSaved(register::saved);
        // What was typed could not be saved: the register goes back to its matter (the editor says why).
        editor.setOnStayed(id -> Platform.runLater(() -> register.select(id)));
        register.selectedProperty().addListener((o, was, now) -> {
            context.chooseMatter(now == null ? null : now.id());
            if (now == null) {
                editor.clear();
            } else if (!Long.valueOf(now.id()).equals(editor.matterIdProperty().get())) {
                open(now.id());
            }
        });
        // The register reads again (another's save on the server, a sync, a decision elsewhere): so does the editor.
        context.mattersRevision().addListener((o, was, now) -> editor.readAgain());
    }

    /** Reads the selected matter whole (the register's rows hold no texts) and fills the editor with it. */
    private void open(long id) {
        register.read(id, found -> {
            MatterRow now = register.selectedProperty().get();
            // Not if the editor has it already: what was typed since would be shown as it was read.
            if (now != null && now.id() == id && !Long.valueOf(id).equals(editor.matterIdProperty().get())) {
                found.ifPresent(editor::load);
            }
        }, () -> trashing = false);
    }

    /** Adds the register to the window, with its menu items; it shows the register or a matter when asked. */
    public static RegisterScreen install(MainWindow shell) {
        RegisterScreen screen = new RegisterScreen(shell);
        shell.addScreen(screen);
        shell.onNavigate(Destination.Register.class, to -> shell.show(ID));
        shell.onNavigate(Destination.MatterInRegister.class, to -> screen.openMatter(to.matterId()));
        shell.onNavigate(Destination.RegisterOf.class, to -> {
            shell.show(ID);
            screen.narrowTo(to.person(), to.party());
        });
        MenuItem create = new MenuItem(Localization.get("ui.menu.file.new"));
        create.setId("menu-new");
        create.setAccelerator(KeyCombination.keyCombination("Shortcut+N"));
        create.setOnAction(e -> screen.createMatter());
        shell.addFileItem(create);
        MenuItem trash = new MenuItem(Localization.get("ui.menu.edit.trash"));
        trash.setOnAction(e -> screen.trashSelected());
        shell.editMenu().getItems().add(trash);
        // Matters added from the command line while the window is open show up on F5.
        MenuItem reload = new MenuItem(Localization.get("ui.menu.view.reload"));
        reload.setAccelerator(KeyCombination.keyCombination("F5"));
        reload.setOnAction(e -> shell.context().mattersChanged());
        shell.viewMenu().getItems().add(reload);
        screen.register.onFirstRows(screen::releaseHeldReads);
        screen.register.reload();
        return screen;
    }

    /**
     * The first rows are in the register's list: the reads held back for them (the dashboard's) may start once the
     * window is on screen and, if the register is what it shows, once a frame has laid the rows out. A window opened
     * on another screen lets them go a frame after it is shown.
     */
    private void releaseHeldReads() {
        javafx.stage.Stage stage = shell.stage();
        if (!stage.isShowing()) {
            stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, new javafx.event.EventHandler<>() {
                @Override
                public void handle(javafx.stage.WindowEvent e) {
                    stage.removeEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, this);
                    releaseHeldReads();
                }
            });
            return;
        }
        javafx.scene.Scene scene = stage.getScene();
        Runnable[] once = {null};
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // In this frame the register was made the screen shown, or not: then its rows are laid out in it.
            Platform.runLater(() -> shell.context().firstRowsShown());
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    @Override
    protected Node build() {
        registerView = new RegisterView(register);
        // The editor explains the deadline the register shows for the selected matter, and follows it as it moves.
        register.selectedProperty().addListener((o, was, now) -> showDeadlineOf(now));
        if (shell.context().startingProperty().get()) {
            buildEditorAfterTwoFrames();
        } else {
            editorView();
        }
        var table = registerView.table();
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && register.selectedProperty().get() != null) {
                editorView().focusTitle();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                trashSelected();
                e.consume();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                editorView().focusTitle();
            }
        });
        SplitPane view = new SplitPane(registerView, editorPlace);
        view.setId("register-split");
        // Below, the table has most of the height (the editor scrolls); where the user leaves the divider is kept.
        SideOrBelow.apply(view, table, 0.66, 0.62, SideOrBelow.remembered(ID));
        return view;
    }

    /** The editor beside the register, built now if it is not yet, with the register's filter boxes. */
    private EditorView editorView() {
        if (editorView == null) {
            registerView.showFilterBoxes();
            editorView = new EditorView(editor);
            editorPlace.getChildren().setAll(editorView);
            showDeadlineOf(register.selectedProperty().get());
        }
        return editorView;
    }

    /**
     * At start the register's first rows come before its editor and its filter boxes (issue 15: rows on screen within
     * 0.3 s of the window; the editor was two thirds of the screen's building and of its first layout): the rows are
     * laid out and drawn in one frame, the editor is built after the next. Anything that needs it sooner builds it then.
     */
    private void buildEditorAfterTwoFrames() {
        javafx.scene.Scene scene = shell.stage().getScene();
        if (scene == null) {
            editorView();
            return;
        }
        int[] frames = {0};
        Runnable[] listener = {null};
        listener[0] = () -> {
            if (++frames[0] == 2) {
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(this::editorView);
            } else {
                Platform.requestNextPulse();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    private void showDeadlineOf(MatterRow row) {
        if (editorView == null) {
            return;
        }
        editorView.deadlineProperty().unbind();
        editorView.undatedProperty().unbind();
        if (row == null) {
            editorView.deadlineProperty().set(null);
            editorView.undatedProperty().set(null);
        } else {
            editorView.deadlineProperty().bind(row.deadlineProperty());
            editorView.undatedProperty().bind(row.undatedProperty());
        }
    }

    @Override
    public boolean flush() {
        return editor.flush();
    }

    /** Shows a matter in the editor (other screens navigate here with {@link Destination.MatterInRegister}). */
    public boolean openMatter(long id) {
        shell.show(ID);
        return register.select(id);
    }

    private void createMatter() {
        shell.show(ID);
        editor.flush();
        register.create(id -> {
            // The new draft is whole in hand: the editor shows it without reading it, then the title takes the keys.
            register.untouchedDraft().filter(d -> d.id() == id && !d.id().equals(editor.matterIdProperty().get()))
                    .ifPresent(editor::load);
            focusTitleWhenShown(id);
        });
    }

    /** The editor shows a matter once the one before is saved: the title takes the keys when the new one is shown. */
    private void focusTitleWhenShown(long id) {
        ChangeListener<Long> shown = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Long> o, Long was, Long now) {
                if (now != null && now == id) {
                    editor.matterIdProperty().removeListener(this);
                    Platform.runLater(() -> editorView().focusTitle());
                }
            }
        };
        editor.matterIdProperty().addListener(shown);
        shown.changed(editor.matterIdProperty(), null, editor.matterIdProperty().get());
    }

    /**
     * Narrows the register to one person's matters (the person filter) or one party's (the party filter): where the
     * search of everything takes a person or a party.
     */
    void narrowTo(Person person, String party) {
        register.clearFilters();
        if (party != null) {
            register.partyFilter().setAll(party);
        } else if (person != null) {
            register.personFilter().set(person);
        }
    }

    /** Ctrl+F on the register: its own search field (the search of everything is Ctrl+K). */
    @Override
    public boolean focusSearch() {
        if (registerView == null) {
            return false;
        }
        registerView.focusSearch();
        return true;
    }

    private void trashSelected() {
        MatterRow row = register.selectedProperty().get();
        if (row != null && !trashing) {
            editor.flush();
            // The matter goes to the trash and the editor reads the next one in the background; until both ended a
            // repeated Delete is ignored.
            trashing = true;
            register.trash(row, () -> {
                MatterRow next = register.selectedProperty().get();
                trashing = next != null && !Long.valueOf(next.id()).equals(editor.matterIdProperty().get());
            });
            registerView.focusTable();
        }
    }

    public RegisterViewModel registerViewModel() {
        return register;
    }

    public EditorViewModel editorViewModel() {
        return editor;
    }
}
