package se.ledamot.ui.settings;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.AbstractScreen;
import se.ledamot.ui.shell.MainWindow;
import se.ledamot.ui.shell.Screen;

/**
 * The council's settings (Inställningar) as a screen of the main window: last in the navigation, and in Arkiv as
 * "Inställningar…" (Ctrl+,) where desktop programs keep their settings. A screen rather than a dialog, so that a rule
 * changed here can be compared at once with the register's and the agendas' deadlines, and nothing typed is lost
 * when the user looks elsewhere.
 */
public final class SettingsScreen extends AbstractScreen {
    public static final String ID = "settings";

    private final SettingsViewModel vm;
    private SettingsView view;

    private SettingsScreen(SettingsViewModel vm) {
        super(ID, "settings.title");
        this.vm = vm;
    }

    public static SettingsScreen install(MainWindow shell) {
        SettingsScreen screen = new SettingsScreen(new SettingsViewModel(shell.context()));
        shell.addScreen(screen);
        MenuItem item = new MenuItem(Localization.get("settings.menu"));
        item.setId("menu-settings");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+Comma"));
        item.setOnAction(e -> {
            shell.show(ID);
            screen.view.focusFirst();
        });
        shell.addFileItem(item);
        return screen;
    }

    @Override
    protected Node build() {
        view = new SettingsView(vm);
        return view;
    }

    @Override
    public void shown() {
        vm.load();
    }

    @Override
    public boolean flush() {
        return vm.flush();
    }

    @Override
    public List<Screen.Aside> waitingAside() {
        return vm.waitingAside();
    }

    public SettingsViewModel viewModel() {
        return vm;
    }
}
