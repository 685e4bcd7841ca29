package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.SubmissionKind;
import se.ledamot.domain.meeting.SubmissionRule;

/**
 * What the council's kallelse announces under "Anmälan av nya motioner, interpellationer och frågor" (5 kap. 22 and 59
 * §§): handed in since the last meeting; one with no Inlämnad date at the first meeting whose agenda has it (walk30:
 * a motion on the agenda to be referred, its date left empty, was missing from the list).
 */
class NewSubmissionsTest {
    @TempDir
    Path folder;

    private Ledamot app;

    @BeforeEach
    void open() {
        app = Ledamot.open(folder.resolve("data"), DebateBriefQueriesTest.CLOCK);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void anUndatedMotionIsAnnouncedAtTheFirstMeetingWhoseAgendaHasItAndOnlyThere() throws Exception {
        long october = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-10-19"))).id();
        long november = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-11-16"))).id();
        Matter dated = motion("Motion om cykelbanor", LocalDate.parse("2026-11-02"));
        Matter undatedNew = motion("Motion om nattbussar", null);
        Matter undatedOld = motion("Motion om simhallen", null);
        motion("Motion som inte är på någon lista", null);
        app.meetings().addMatters(october, List.of(undatedOld.id()));
        app.meetings().addMatters(november, List.of(undatedNew.id(), undatedOld.id()));

        assertThat(announced(november)).containsExactly(dated.title(), undatedNew.title());
        assertThat(announced(october)).containsExactly(undatedOld.title());
        assertThat(PaperServiceTest.text(app.papers().kallelse(november))).contains("Motion om nattbussar");
    }

    /**
     * An interpellation or question is announced at the meeting where it is asked, the first it was handed in in time
     * for (the council's rule, else before the meeting's day), and a motion at the first it was handed in in time for.
     * One handed in after the rule's last day before a meeting, or a question on the meeting's own day, was announced
     * there and asked at the next, whose list did not have it: off by a meeting.
     */
    @Test
    void aSubmissionTooLateForAMeetingIsAnnouncedAtTheNextWhereItIsTakenUp() throws Exception {
        app.bodies().saveRule("KF", SubmissionRule.daysBefore(SubmissionKind.INTERPELLATION, 10, null));
        app.bodies().saveRule("KF", SubmissionRule.daysBefore(SubmissionKind.MOTION, 10, null));
        app.bodies().removeRule("KF", SubmissionKind.QUESTION);
        long october = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-10-19"))).id();
        long november = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-11-16"))).id();
        Matter inTime = addressed(MatterKind.INTERPELLATION, "Interpellation om skolskjutsar", "2026-10-05");
        Matter lateInterpellation = addressed(MatterKind.INTERPELLATION, "Interpellation om simhallen", "2026-10-12");
        Matter onTheDay = addressed(MatterKind.QUESTION, "Fråga om busskort", "2026-10-19");
        Matter motionInTime = motion("Motion om cykelbanor", LocalDate.parse("2026-10-06"));
        Matter lateMotion = motion("Motion om nattbussar", LocalDate.parse("2026-10-14"));

        assertThat(announced(october)).containsExactly(inTime.title(), motionInTime.title());
        assertThat(announced(november)).containsExactly(lateInterpellation.title(), lateMotion.title(),
                onTheDay.title());
        assertThat(PaperServiceTest.text(app.papers().kallelse(november))).contains("om simhallen", "om busskort");
    }

    private Matter addressed(MatterKind kind, String title, String submitted) {
        return app.matters().add(Matter.newMatter(kind, title).submitted(LocalDate.parse(submitted))
                .addressee(new Addressee("Anna Ek", "C", "kommunstyrelsens ordförande")).build());
    }

    private Matter motion(String title, LocalDate submitted) {
        return app.matters().add(Matter.newMatter(MatterKind.MOTION, title).submitted(submitted).build());
    }

    private List<String> announced(long meetingId) {
        return app.papers().papers(meetingId).newSubmissions().stream().map(Matter::title).toList();
    }
}
