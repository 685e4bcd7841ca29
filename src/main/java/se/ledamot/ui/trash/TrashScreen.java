package se.ledamot.ui.trash;

import javafx.scene.Node;
import se.ledamot.ui.shell.AbstractScreen;
import se.ledamot.ui.shell.MainWindow;

/** The trash (Papperskorg) as a screen of the main window. */
public final class TrashScreen extends AbstractScreen {
    public static final String ID = "trash";

    private final TrashViewModel vm;

    private TrashScreen(TrashViewModel vm) {
        super(ID, "ui.trash.title");
        this.vm = vm;
    }

    public static TrashScreen install(MainWindow shell) {
        TrashScreen screen = new TrashScreen(new TrashViewModel(shell.context()));
        shell.addScreen(screen);
        return screen;
    }

    @Override
    protected Node build() {
        return new TrashView(vm);
    }

    @Override
    public void shown() {
        vm.reload();
    }
}
