package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.AgendaSuggestion;
import se.ledamot.domain.meeting.Meeting;

/** Agendas as the screens and commands read them, the suggestion, and the report of unfinished motions. */
class MeetingServiceTest {
    @TempDir
    Path folder;

    private Ledamot app;

    @BeforeEach
    void open() {
        app = Ledamot.open(folder, DebateBriefQueriesTest.CLOCK);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private long matter(MatterKind kind, String title, String submitted, Status status) {
        return app.matters().add(Matter.newMatter(kind, title).submitted(LocalDate.parse(submitted)).status(status)
                .build()).id();
    }

    @Test
    void suggestionsLeaveOutMattersAlreadyPlanned() {
        long first = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))).id();
        long second = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2027-02-08"))).id();
        long prepared = matter(MatterKind.MOTION, "Motion om cykelvägar", "2026-03-01", Status.PREPARED);
        long question = matter(MatterKind.QUESTION, "Fråga om simhallen", "2026-12-01", Status.SUBMITTED);
        assertThat(app.meetings().suggest(first)).extracting(s -> s.matter().id(),
                AgendaSuggestion.Suggestion::reason).containsExactly(
                        tuple(question, AgendaSuggestion.Reason.QUESTION_DUE),
                        tuple(prepared, AgendaSuggestion.Reason.MOTION_PREPARED));
        app.meetings().addMatters(first, List.of(prepared));
        assertThat(app.meetings().suggest(second)).extracting(s -> s.matter().id()).containsExactly(question);
        assertThat(app.meetings().suggest(first)).extracting(s -> s.matter().id()).containsExactly(question);
    }

    /**
     * Walked: a remiss whose reply date (28 December) passes before the meeting (25 January) went onto its agenda
     * without a word. A matter whose deadline for being dealt with passes first is named with it; a written answer
     * due before the meeting that answers it is what the rule means, not a lateness.
     */
    @Test
    void mattersWhoseDeadlinePassesBeforeTheMeetingAreNamedWithIt() {
        long january = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2027-01-25"))).id();
        long remiss = app.matters().add(Matter.newMatter(MatterKind.REFERRAL, "Remiss om integration")
                .submitted(LocalDate.parse("2026-11-27")).replyBy(LocalDate.parse("2026-12-28"))
                .status(Status.RECEIVED).build()).id();
        long motion = matter(MatterKind.MOTION, "Motion om cykelvägar", "2026-03-01", Status.PREPARED);
        long old = matter(MatterKind.MOTION, "Motion om parker", "2025-12-01", Status.PREPARED);
        long question = matter(MatterKind.QUESTION, "Fråga om simhallen", "2026-12-01", Status.SUBMITTED);

        var due = app.meetings().dueBefore(january, List.of(remiss, motion, old, question));
        assertThat(due.keySet()).containsExactly(remiss, old);
        assertThat(due.get(remiss).type()).isEqualTo(se.ledamot.domain.DeadlineType.REPLY_DATE);
        assertThat(due.get(remiss).date()).isEqualTo(LocalDate.parse("2026-12-28"));
        assertThat(due.get(old).type()).isEqualTo(se.ledamot.domain.DeadlineType.MOTION_ONE_YEAR);
    }

    @Test
    void anAgendaCarriesItsMattersDeadlinesLatenessAndWhatIsStillPending() {
        long kf = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))).id();
        long question = matter(MatterKind.QUESTION, "Fråga om simhallen", "2026-12-13", Status.SUBMITTED);
        long motion = matter(MatterKind.MOTION, "Motion om parker", "2026-01-01", Status.REFERRED);
        app.meetings().addText(kf, "Val av justerare");
        app.meetings().addMatters(kf, List.of(question));

        Agenda agenda = app.meetings().agendaOf(kf);
        assertThat(agenda.entries()).extracting(e -> e.item().number(), e -> e.matter().map(Matter::id).orElse(null))
                .containsExactly(tuple(1, null), tuple(2, question));
        AgendaEntry q = agenda.entries().get(1);
        assertThat(q.late()).as("handed in after KF's deadline for questions").isTrue();
        assertThat(q.deadline()).isEqualTo(app.deadlines().nearest(app.matters().require(question)));
        assertThat(agenda.pending()).extracting(Matter::id).containsExactly(motion);
    }

    @Test
    void aMatterNotOnTheAgendaHasNoPositionThere() {
        long kf = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))).id();
        long motion = matter(MatterKind.MOTION, "Motion om parker", "2026-01-01", Status.REFERRED);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> app.positions().onAgenda(kf, motion, "V"))
                .hasFieldOrPropertyWithValue("key", "agenda.matter.notOnAgenda");
        AgendaItem item = app.meetings().addMatters(kf, List.of(motion)).getFirst();
        assertThat(app.positions().onAgenda(kf, motion, "v").itemId()).isEqualTo(item.id());
    }

    @Test
    void theUnfinishedMotionReportCarriesThePreparedProposal() {
        long meeting = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-04-13"))).id();
        long old = matter(MatterKind.MOTION, "Motion om cykelvägar", "2025-03-01", Status.PREPARED);
        matter(MatterKind.MOTION, "Motion om parker", "2026-01-01", Status.REFERRED);
        AgendaItem item = app.meetings().addMatters(meeting, List.of(old)).getFirst();
        app.meetings().saveItem(item.withProposal("Kommunstyrelsen föreslår bifall."));
        assertThat(app.briefs().unfinishedReport(LocalDate.parse("2026-04-13")).entries())
                .singleElement().satisfies(e -> {
                    assertThat(e.matter().id()).isEqualTo(old);
                    assertThat(e.preparedProposal()).hasValue("Kommunstyrelsen föreslår bifall.");
                    assertThat(e.monthsOld()).isEqualTo(13);
                });
    }
}
