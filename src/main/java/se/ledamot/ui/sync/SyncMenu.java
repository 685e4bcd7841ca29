package se.ledamot.ui.sync;

import javafx.scene.control.MenuItem;
import se.ledamot.l10n.Localization;
import se.ledamot.service.Keyring;
import se.ledamot.ui.server.ServerMemory;
import se.ledamot.ui.shell.MainWindow;

/** Arkiv → Synkronisera: installed in a window on a data folder (a window on the server itself has nothing to sync). */
public final class SyncMenu {
    private SyncMenu() {
    }

    /**
     * With the window's own questions: the server in a dialog (filled in with the one signed in to last), the
     * password from the keyring or typed.
     */
    public static SyncViewModel install(MainWindow shell, ServerMemory servers) {
        return install(shell, new ServerQuestions(shell.stage(), servers::lastServer));
    }

    public static SyncViewModel install(MainWindow shell, SyncViewModel.Questions questions) {
        ConflictView[] view = new ConflictView[1];
        SyncViewModel vm = new SyncViewModel(shell.context(), questions, list -> view[0].show(list));
        view[0] = new ConflictView(shell.stage(), vm::choose);
        if (vm.available()) {
            MenuItem item = new MenuItem(Localization.get("ui.sync.menu"));
            item.setId("menu-sync");
            item.setOnAction(e -> vm.synchronise());
            shell.addFileItem(item);
            vm.showStateIn(shell.connection(), javafx.application.Platform::runLater);
            BackgroundSyncViewModel background = new BackgroundSyncViewModel(shell.context(), vm, BackgroundSyncViewModel.FX_TIMER,
                    server -> Keyring.system().lookup(server));
            background.start();
            shell.onClose(background::stop);
            shell.onClose(vm::stopListening);
            // Also when the window goes away by another path than its close (a test's clean-up hides it): a turn
            // after that would reach a folder that is closed.
            shell.stage().addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> {
                background.stop();
                vm.stopListening();
            });
        }
        return vm;
    }
}
