package se.ledamot.ui.meetings;

import java.util.List;
import javafx.scene.Node;
import se.ledamot.ui.shell.AbstractScreen;
import se.ledamot.ui.shell.Screen;

/** The party group's view of one upcoming meeting (Partigrupp). */
public final class GroupScreen extends AbstractScreen {
    public static final String ID = "group";

    private final GroupViewModel vm;
    /** The item chosen last here (its id, "" for none), chosen again on the next start. */
    private final javafx.beans.property.StringProperty keptItem;
    private GroupView view;

    GroupScreen(GroupViewModel vm, javafx.beans.property.StringProperty keptItem) {
        super(ID, "meeting.ui.group.title");
        this.vm = vm;
        this.keptItem = keptItem;
    }

    @Override
    protected Node build() {
        view = new GroupView(vm, keptItem);
        return view;
    }

    @Override
    public void shown() {
        vm.loadMeetings();
        vm.reload();
        vm.askKept();
    }

    @Override
    public List<Screen.Aside> waitingAside() {
        return vm.waitingAside();
    }

    @Override
    public boolean flush() {
        boolean form = view == null || view.flush();
        return vm.flush() && form;
    }
}
