package se.ledamot.ui.trash;

import javafx.scene.Node;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.MainWindow;
import se.ledamot.ui.shell.Screen;

/** The trash (Papperskorg) as a screen of the main window. */
public final class TrashScreen implements Screen {
    public static final String ID = "trash";

    private final TrashViewModel vm;
    private TrashView view;

    private TrashScreen(TrashViewModel vm) {
        this.vm = vm;
    }

    public static TrashScreen install(MainWindow shell) {
        TrashScreen screen = new TrashScreen(new TrashViewModel(shell.context()));
        shell.addScreen(screen);
        return screen;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return Localization.get("ui.trash.title");
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new TrashView(vm);
        }
        return view;
    }

    @Override
    public void shown() {
        vm.reload();
    }
}
