package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.Meeting;

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

    private Matter motion(String title, LocalDate submitted) {
        return app.matters().add(Matter.newMatter(MatterKind.MOTION, title).submitted(submitted).build());
    }

    private List<String> announced(long meetingId) {
        return app.papers().papers(meetingId).newSubmissions().stream().map(Matter::title).toList();
    }
}
