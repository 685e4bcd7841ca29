package se.ledamot.ui.answer;

import se.ledamot.domain.Matter;
import se.ledamot.ui.AppContext;
import se.ledamot.ui.dashboard.DashboardScreen;
import se.ledamot.ui.debate.DebateScreen;
import se.ledamot.ui.register.RegisterScreen;
import se.ledamot.ui.shell.MainWindow;

/** Puts the dashboard (the first screen), the answer editor and the debate panel into the main window. */
public final class AnswerScreens {
    private AnswerScreens() {
    }

    public static void install(MainWindow shell) {
        install(shell, WriterPreferences.forUser());
    }

    public static void install(MainWindow shell, WriterPreferences preferences) {
        AppContext context = shell.context();
        AnswerScreen answers = new AnswerScreen(context, preferences);
        DashboardScreen dashboard = new DashboardScreen(context, preferences, matter -> open(shell, answers, matter));
        shell.addScreen(dashboard);
        shell.addScreen(answers);
        DebateScreen debate = new DebateScreen(context);
        shell.addScreen(debate);
        DebateScreen.register(shell, debate);
        shell.show(DashboardScreen.ID);
    }

    /** Interpellations and questions open in the answer editor; other matters in the register's editor. */
    private static void open(MainWindow shell, AnswerScreen answers, Matter matter) {
        if (matter.kind().hasAddressee()) {
            shell.show(AnswerScreen.ID);
            answers.openMatter(matter.id());
        } else {
            shell.screen(RegisterScreen.class).ifPresent(register -> register.openMatter(matter.id()));
        }
    }
}
