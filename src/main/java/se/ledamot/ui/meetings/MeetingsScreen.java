package se.ledamot.ui.meetings;

import javafx.scene.Node;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.MainWindow;
import se.ledamot.ui.shell.Screen;

/** Meetings (Sammanträden): the list, the form, and the agenda builder of the chosen meeting. */
public final class MeetingsScreen implements Screen {
    public static final String ID = "meetings";

    private final MeetingsViewModel vm;
    private final AgendaViewModel agenda;
    private MeetingsView view;

    private MeetingsScreen(MeetingsViewModel vm, AgendaViewModel agenda) {
        this.vm = vm;
        this.agenda = agenda;
    }

    /** Adds the meetings screen and the group screen to the window. */
    public static void install(MainWindow shell) {
        shell.addScreen(new MeetingsScreen(new MeetingsViewModel(shell.context()), new AgendaViewModel(shell.context())));
        shell.addScreen(new GroupScreen(new GroupViewModel(shell.context())));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return Localization.get("meeting.ui.title");
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new MeetingsView(vm, agenda);
        }
        return view;
    }

    @Override
    public void shown() {
        vm.reload();
        agenda.reload();
    }
}
