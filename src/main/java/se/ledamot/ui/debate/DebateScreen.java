package se.ledamot.ui.debate;

import java.util.List;
import javafx.scene.Node;
import se.ledamot.ui.shell.AbstractScreen;
import se.ledamot.ui.shell.Destination;
import se.ledamot.ui.shell.MainWindow;
import se.ledamot.ui.shell.Navigator;
import se.ledamot.ui.shell.Screen;

/**
 * "Debatt": pick a meeting and an item; its list of speakers, the text of each speech and the decision taken. Other
 * areas open it by navigating to a {@link Destination.Debate} (a meeting's agenda does, on a double-click).
 */
public final class DebateScreen extends AbstractScreen {
    public static final String ID = "debate";

    private final DebateViewModel vm;
    private final Navigator navigator;

    private DebateScreen(DebateViewModel vm, Navigator navigator) {
        super(ID, "debate.screen.title");
        this.vm = vm;
        this.navigator = navigator;
    }

    /** Adds the debate panel to the window; it shows the debate of any meeting or item asked for. */
    public static DebateScreen install(MainWindow shell) {
        DebateScreen screen = new DebateScreen(DebateViewModel.of(shell.context()), shell);
        shell.addScreen(screen);
        // Others' saves on the server (and a sync's) come into the open item's speakers.
        shell.context().mattersRevision().addListener((o, was, now) -> screen.vm.readAgain());
        shell.onNavigate(Destination.Debate.class, to -> {
            shell.show(ID);
            screen.vm.show(to.meetingId(), to.itemId());
        });
        return screen;
    }

    @Override
    protected Node build() {
        return new DebateView(vm, navigator);
    }

    @Override
    public void shown() {
        vm.loadMeetings();
        vm.wordings().askKept();
    }

    @Override
    public boolean flush() {
        return !isBuilt() || vm.flush();
    }

    @Override
    public List<Screen.Aside> waitingAside() {
        return vm.wordings().waitingAside();
    }

    @Override
    public List<String> heldInWindow() {
        return isBuilt() ? vm.heldInWindow() : List.of();
    }

    DebateViewModel viewModel() {
        return vm;
    }
}
