package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Ledamot started as a child process keeps its Java preferences (window place, server, writer) apart from the
 * user's own: a server set by hand in {@code ~/.java} once made every child window try to connect to it.
 */
class ChildPreferencesTest {
    /** Prints the folder whose {@code .java/.userPrefs} this JVM's preferences live in. */
    public static final class PrintPreferencesHome {
        private PrintPreferencesHome() {
        }

        public static void main(String[] args) {
            System.out.print(System.getProperty("java.util.prefs.userRoot", System.getProperty("user.home")));
        }
    }

    @Test
    void aChildKeepsItsPreferencesUnderTheBuildFolderNotTheUsersHome() {
        AppProcess.Result run = AppProcess.run(new ProcessBuilder(AppProcess.command(
                PrintPreferencesHome.class.getName(), List.of())), Duration.ofSeconds(60));

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Path.of(run.out())).isNotEqualTo(Path.of(System.getProperty("user.home")))
                .isEqualTo(Path.of(AppProcess.prefsRoot()));
    }
}
