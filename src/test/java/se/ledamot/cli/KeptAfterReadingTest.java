package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program that opens the folder to write but only reads (briefs printed; the window showing the register) leaves
 * the kept answers of {@code list} and {@code overdue} current: H2 writes its file at each such
 * opening, which made them all stale until the next call read the database again (issue 15). A change to matters
 * or meetings is carried into them by the program that made it (KeptAfterChangeTest); a setting changed makes them
 * stale.
 */
class KeptAfterReadingTest {
    @TempDir
    Path data;

    private String list;

    @BeforeEach
    void oneMotionListed() {
        assertThat(AppProcess.run(data, "add", "--kind", "motion", "--title", "Motion om skolskjuts").exit()).isZero();
        list = AppProcess.run(data, "list", "--json").out();
        assertThat(list).contains("skolskjuts");
        assertThat(AppProcess.run(data, "overdue", "--json", "--today", "2031-01-01").exit()).isZero();
    }

    @Test
    void programsThatOnlyReadLeaveTheKeptAnswersCurrent() {
        AppProcess.Result brief = AppProcess.run(data, "brief", "--matter=1", "-o",
                data.resolveSibling(data.getFileName() + "-brief.pdf").toString());
        assertThat(brief.exit()).as(brief.err()).isZero();
        AppProcess.Result unfinished = AppProcess.run(data, "brief", "--unfinished", "-o",
                data.resolveSibling(data.getFileName() + "-unfinished.pdf").toString());
        assertThat(unfinished.exit()).as(unfinished.err()).isZero();

        AppProcess.Result kept = AppProcess.keptOnly(data, "list", "--json");
        assertThat(kept.exit()).as(kept.err()).isZero();
        assertThat(kept.out()).isEqualTo(list);
        assertThat(AppProcess.keptOnly(data, "overdue", "--json", "--today", "2031-01-01").exit()).isZero();
    }

    @Test
    void aChangeAfterReadingIsInTheNextAnswerAMeetingTooAndASettingMakesThemStale() {
        assertThat(AppProcess.run(data, "brief", "--matter=1", "-o",
                data.resolveSibling(data.getFileName() + "-brief.pdf").toString()).exit()).isZero();
        assertThat(AppProcess.run(data, "add", "--kind", "motion", "--title", "Motion om cykelbanor").exit())
                .isZero();
        AppProcess.Result carried = AppProcess.keptOnly(data, "list", "--json");
        assertThat(carried.exit()).as(carried.err()).isZero();
        assertThat(carried.out()).contains("skolskjuts", "cykelbanor");

        assertThat(AppProcess.run(data, "meeting", "add", "--body", "KF", "--date", "2027-02-15").exit()).isZero();
        AppProcess.Result afterMeeting = AppProcess.keptOnly(data, "list", "--json");
        assertThat(afterMeeting.exit()).as(afterMeeting.err()).isZero();
        assertThat(afterMeeting.out()).contains("skolskjuts", "cykelbanor");

        assertThat(AppProcess.run(data, "papers", "--council", "Testkommun").exit()).isZero();
        assertThat(AppProcess.keptOnly(data, "list", "--json").exit()).isEqualTo(KeptCalls.NOT_KEPT_EXIT);
        assertThat(AppProcess.run(data, "list", "--json").out()).contains("skolskjuts", "cykelbanor");
    }
}
