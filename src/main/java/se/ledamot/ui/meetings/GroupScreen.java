package se.ledamot.ui.meetings;

import javafx.scene.Node;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.Screen;

/** The party group's view of one upcoming meeting (Partigrupp). */
public final class GroupScreen implements Screen {
    public static final String ID = "group";

    private final GroupViewModel vm;
    private GroupView view;

    GroupScreen(GroupViewModel vm) {
        this.vm = vm;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return Localization.get("meeting.ui.group.title");
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new GroupView(vm);
        }
        return view;
    }

    @Override
    public void shown() {
        vm.loadMeetings();
        vm.reload();
    }

    @Override
    public boolean flush() {
        return view == null || view.flush();
    }
}
