package se.ledamot.ui.minutes;

import java.util.List;
import javafx.scene.Node;
import se.ledamot.ui.shell.AbstractScreen;
import se.ledamot.ui.shell.Destination;
import se.ledamot.ui.shell.MainWindow;
import se.ledamot.ui.shell.Screen;

/**
 * "Protokoll": the secretary writes the minutes of a meeting (who was there, the justering, and for each item the
 * motions moved, the vote, the reservations and the decision's wording) and writes the kallelse and the protokoll.
 */
public final class MinutesScreen extends AbstractScreen {
    public static final String ID = "minutes";

    private final MinutesViewModel vm;

    private MinutesScreen(MinutesViewModel vm) {
        super(ID, "minutes.ui.screen.title");
        this.vm = vm;
    }

    public static MinutesScreen install(MainWindow shell) {
        MinutesScreen screen = new MinutesScreen(new MinutesViewModel(shell.context()));
        shell.addScreen(screen);
        // Others' saves on the server (and a sync's) come in as when the screen is shown again: what is typed stays.
        shell.context().mattersRevision().addListener((o, was, now) -> {
            if (screen.isBuilt()) {
                screen.vm.reload();
            }
        });
        shell.onNavigate(Destination.MinutesOf.class, to -> {
            shell.show(ID);
            screen.vm.open(to.meetingId(), to.itemId(), to.wording());
        });
        return screen;
    }

    @Override
    protected Node build() {
        return new MinutesView(vm);
    }

    @Override
    public void shown() {
        vm.loadMeetings();
        vm.reload();
        vm.askKept();
    }

    @Override
    public boolean flush() {
        return !isBuilt() || vm.flush();
    }

    @Override
    public List<Screen.Aside> waitingAside() {
        return vm.waitingAside();
    }

    public MinutesViewModel viewModel() {
        return vm;
    }
}
