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
import se.ledamot.domain.DeadlineType;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.Meeting;

/** Deadlines come from the meetings as stored at the moment of asking, whoever wrote them. */
class DeadlineServiceTest {
    @TempDir
    Path folder;

    private Ledamot app;
    private Matter question;

    @BeforeEach
    void open() {
        app = Ledamot.open(folder, DebateBriefQueriesTest.CLOCK);
        question = app.matters().add(Matter.newMatter(MatterKind.QUESTION, "Om Jobbhuset")
                .submitted(LocalDate.parse("2026-11-02")).status(Status.SUBMITTED)
                .authors(List.of(new Person("Patrik Christierson", "KD")))
                .addressee(new Addressee("Anna Ek", "C", null)).build());
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aQuestionIsDueAtTheMeetingItWasHandedInForAndMovesWithIt() {
        assertThat(app.deadlines().nearest(question)).isEmpty();
        Meeting kf = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-11-30")));
        assertThat(meetingDeadline()).isEqualTo(LocalDate.parse("2026-11-30"));

        app.meetings().save(new Meeting(kf.id(), "KF", LocalDate.parse("2026-12-07"), null, null, kf.status()));
        assertThat(meetingDeadline()).isEqualTo(LocalDate.parse("2026-12-07"));

        app.meetings().delete(kf.id());
        assertThat(app.deadlines().nearest(question)).isEmpty();
    }

    @Test
    void aMeetingPlannedByAnotherProgramOnTheSameFolderCountsAtOnce() {
        try (Ledamot other = Ledamot.open(folder, DebateBriefQueriesTest.CLOCK)) {
            other.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14")));
        }
        assertThat(meetingDeadline()).isEqualTo(LocalDate.parse("2026-12-14"));
        assertThat(app.deadlines().overdue(LocalDate.parse("2026-12-15")))
                .anySatisfy(e -> assertThat(e.deadline().type()).isEqualTo(DeadlineType.ANSWER_AT_MEETING));
    }

    /** The "answered at the meeting where it is asked" deadline. */
    private LocalDate meetingDeadline() {
        return app.deadlines().rules().all(question).stream()
                .filter(d -> d.type() == DeadlineType.ANSWER_AT_MEETING).findFirst().orElseThrow().date();
    }
}
