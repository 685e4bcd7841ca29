package se.ledamot.ui.meetings;

import java.util.List;
import javafx.scene.Node;
import se.ledamot.ui.shell.AbstractScreen;
import se.ledamot.ui.shell.Destination;
import se.ledamot.ui.shell.MainWindow;
import se.ledamot.ui.shell.Navigator;
import se.ledamot.ui.shell.Screen;

/** Meetings (Sammanträden): the list, the form, and the agenda builder of the chosen meeting. */
public final class MeetingsScreen extends AbstractScreen {
    public static final String ID = "meetings";

    private final MeetingsViewModel vm;
    private final AgendaViewModel agenda;
    private final Navigator navigator;

    private MeetingsScreen(MeetingsViewModel vm, AgendaViewModel agenda, Navigator navigator) {
        super(ID, "meeting.ui.title");
        this.vm = vm;
        this.agenda = agenda;
        this.navigator = navigator;
    }

    /** Adds the meetings screen (it opens a meeting, and an item of it, when asked) and the group screen. */
    public static void install(MainWindow shell) {
        MeetingsScreen screen = new MeetingsScreen(new MeetingsViewModel(shell.context()),
                new AgendaViewModel(shell.context()), shell);
        shell.addScreen(screen);
        // Others' saves on the server (and a sync's) come into the meetings, the form and the agenda.
        shell.context().mattersRevision().addListener((o, was, now) -> {
            if (screen.isBuilt()) {
                screen.vm.readAgain();
                screen.agenda.reload();
            }
        });
        shell.onNavigate(Destination.MeetingOf.class, to -> {
            screen.agenda.choose(to.meetingId(), to.itemId());
            screen.vm.open(to.meetingId());
            shell.show(ID);
            // The meeting may be the one shown already: its agenda is read again to choose the item.
            screen.agenda.reload();
        });
        shell.addScreen(new GroupScreen(new GroupViewModel(shell.context()), shell.context().groupItem()));
    }

    @Override
    protected Node build() {
        return new MeetingsView(vm, agenda, navigator);
    }

    @Override
    public boolean flush() {
        return !isBuilt() || vm.flush() & agenda.flush();
    }

    @Override
    public List<Screen.Aside> waitingAside() {
        return agenda.waitingAside();
    }

    @Override
    public void shown() {
        vm.reload();
        agenda.reload();
        agenda.askKept();
    }
}
