package se.ledamot.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.ledamot.domain.meeting.Fixtures.calendar;
import static se.ledamot.domain.meeting.Fixtures.matter;
import static se.ledamot.domain.meeting.Fixtures.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.Decision;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterChange;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.domain.debate.DebateDecision;
import se.ledamot.domain.meeting.PreparationStep.Event;

/** Kommunallagen 5 kap. 35 §: report, within the year, every motion whose preparation has not been finished. */
class UnfinishedMotionsTest {
    private final Meeting april = meeting("KF", "2026-04-20");
    private final Meeting june = meeting("KF", "2026-06-15");
    private final Meeting october = meeting("KF", "2026-10-19");
    private final Meeting nextApril = meeting("KF", "2027-04-19");
    private final MeetingCalendar council = calendar(april, june, october, nextApril);

    private static List<Long> ids(List<UnfinishedMotions.Entry> entries) {
        return entries.stream().map(e -> e.matter().id()).toList();
    }

    @Test
    void theReportListsMotionsWhoseYearEndsBeforeTheNextReportNotOnlyThoseAlreadyLate() {
        // The example: a report dated 2026-04-20 said "0 motioner" for these two.
        Matter first = matter(MatterKind.MOTION, "2025-04-20", Status.REFERRED);
        Matter second = matter(MatterKind.MOTION, "2025-05-10", Status.REFERRED);
        List<UnfinishedMotions.Entry> report = UnfinishedMotions.asOf(LocalDate.parse("2026-04-20"),
                List.of(first, second), Map.of());
        assertThat(report).extracting(e -> e.matter().id(), UnfinishedMotions.Entry::limit).containsExactly(
                tuple(first.id(), LocalDate.parse("2026-04-20")),
                // 2026-05-10 is a Sunday: the year ends on the Monday (Lag 1930:173).
                tuple(second.id(), LocalDate.parse("2026-05-11")));
    }

    @Test
    void anExampleCouncilReportsInAprilAndOctober() {
        Matter late = matter(MatterKind.MOTION, "2025-03-01", Status.REFERRED);
        Matter september = matter(MatterKind.MOTION, "2025-09-15", Status.PREPARED);
        Matter onTheOctoberMeeting = matter(MatterKind.MOTION, "2025-10-19", Status.REFERRED);
        Matter afterOctober = matter(MatterKind.MOTION, "2025-10-20", Status.SUBMITTED);
        Matter february = matter(MatterKind.MOTION, "2026-02-01", Status.REFERRED_BACK);
        Matter citizen = matter(MatterKind.CITIZEN_PROPOSAL, "2025-06-01", Status.REFERRED);
        Matter decided = matter(MatterKind.MOTION, "2025-05-01", Status.DECIDED);
        Matter interpellation = matter(MatterKind.INTERPELLATION, "2025-01-01", Status.SUBMITTED);
        List<Matter> all = List.of(late, september, onTheOctoberMeeting, afterOctober, february, citizen, decided,
                interpellation);

        UnfinishedMotions.Report inApril = UnfinishedMotions.report(april.date(), council, all, Map.of());
        assertThat(inApril.nextReport()).isEqualTo(october.date());
        assertThat(ids(inApril.motions())).containsExactly(late.id(), september.id());
        assertThat(ids(inApril.citizenProposals())).containsExactly(citizen.id());
        assertThat(inApril.entries()).extracting(e -> e.late(april.date())).containsExactly(true, false, false);

        Matter septemberDecided = september.toBuilder().status(Status.DECIDED).build();
        List<Matter> later = List.of(late, septemberDecided, onTheOctoberMeeting, afterOctober, february, citizen,
                decided, interpellation);
        UnfinishedMotions.Report inOctober = UnfinishedMotions.report(october.date(), council, later, Map.of());
        assertThat(inOctober.nextReport()).isEqualTo(nextApril.date());
        assertThat(ids(inOctober.motions()))
                .containsExactly(late.id(), onTheOctoberMeeting.id(), afterOctober.id(), february.id());
        assertThat(ids(inOctober.citizenProposals())).containsExactly(citizen.id());
    }

    @Test
    void withNoMeetingPlannedTheNextReportIsTheEndOfTheNextReportMonth() {
        MeetingCalendar none = calendar();
        assertThat(UnfinishedMotions.nextReportDate(LocalDate.parse("2026-04-20"),
                UnfinishedMotions.DEFAULT_REPORT_MONTHS, none)).isEqualTo("2026-10-31");
        assertThat(UnfinishedMotions.nextReportDate(LocalDate.parse("2026-11-02"),
                UnfinishedMotions.DEFAULT_REPORT_MONTHS, none)).isEqualTo("2027-04-30");
        assertThat(UnfinishedMotions.nextReportDate(LocalDate.parse("2026-10-19"),
                java.util.Set.of(java.time.Month.OCTOBER), none)).isEqualTo("2027-10-31");
    }

    @Test
    void eachEntrySaysWhatItsPreparationHasProduced() {
        Meeting education = meeting("BUN", "2026-02-10");
        Meeting board = meeting("KS", "2026-03-30");
        Matter m = matter(MatterKind.MOTION, "2025-09-15", Status.REFERRED);
        List<MatterChange> timeline = List.of(
                new MatterChange(m.id(), Instant.parse("2025-09-15T08:00:00Z"), MatterChange.CREATED, null, null),
                new MatterChange(m.id(), Instant.parse("2025-09-22T17:00:00Z"), "responsible_body", null,
                        "Kommunstyrelsen"),
                new MatterChange(m.id(), Instant.parse("2025-09-22T17:00:01Z"), "status", "submitted", "referred"),
                new MatterChange(m.id(), Instant.parse("2025-10-01T08:00:00Z"), "responsible_body",
                        "Kommunstyrelsen", "Barn- och utbildningsnämnden"));
        AgendaItem opinion = AgendaItem.forMatter(education.id(), 4, m.id())
                .withDecision(Decision.APPROVED, "Nämnden lämnar yttrande enligt förvaltningens förslag.");
        AgendaItem proposal = AgendaItem.forMatter(board.id(), 7, m.id())
                .withProposal("Kommunstyrelsen föreslår fullmäktige att avslå motionen.");
        MatterHistory history = new MatterHistory(timeline, List.of(
                new MatterHistory.Appearance(board, proposal), new MatterHistory.Appearance(education, opinion)),
                null);

        UnfinishedMotions.Entry e = UnfinishedMotions.report(april.date(), council, List.of(m),
                Map.of(m.id(), history)).entries().getFirst();
        assertThat(e.preparation()).extracting(PreparationStep::date, PreparationStep::event, PreparationStep::body,
                PreparationStep::decision, PreparationStep::text).containsExactly(
                tuple(LocalDate.parse("2025-09-22"), Event.REFERRED, "Kommunstyrelsen", null, ""),
                tuple(LocalDate.parse("2026-02-10"), Event.HANDLED, "BUN", Decision.APPROVED,
                        "Nämnden lämnar yttrande enligt förvaltningens förslag."),
                tuple(LocalDate.parse("2026-03-30"), Event.HANDLED, "KS", null,
                        "Kommunstyrelsen föreslår fullmäktige att avslå motionen."));
        assertThat(e.preparedProposal()).hasValue("Kommunstyrelsen föreslår fullmäktige att avslå motionen.");
        assertThat(e.monthsOld()).isEqualTo(7);
    }

    @Test
    void theReportProposesStrikingOffWhereTheCouncilWantsItAndTheDecisionMovesTheStatus() {
        Matter old = matter(MatterKind.MOTION, "2024-09-01", Status.REFERRED);
        Matter young = matter(MatterKind.MOTION, "2025-05-01", Status.REFERRED);
        MeetingCalendar strict = new MeetingCalendar(council.councilRules().withStrikeOffAfterMonths(18),
                council.meetings());
        UnfinishedMotions.Report report = UnfinishedMotions.report(april.date(), strict, List.of(old, young), Map.of());
        assertThat(report.entries()).extracting(e -> e.matter().id(), UnfinishedMotions.Entry::strikeOffProposed)
                .containsExactly(tuple(old.id(), true), tuple(young.id(), false));
        assertThat(UnfinishedMotions.report(april.date(), council, List.of(old), Map.of()).entries())
                .allSatisfy(e -> assertThat(e.strikeOffProposed()).isFalse());

        Matter struckOff = DebateDecision.of(Decision.STRUCK_OFF).applyTo(old);
        assertThat(struckOff.status()).isEqualTo(Status.STRUCK_OFF);
        assertThat(UnfinishedMotions.report(october.date(), strict, List.of(struckOff), Map.of()).entries()).isEmpty();
    }

    @Test
    void theReportIsDueAtTheFirstCouncilMeetingInAprilAndOctober() {
        Meeting lateApril = meeting("KF", "2026-04-27");
        Meeting may = meeting("KF", "2026-05-18");
        MeetingCalendar cal = calendar(april, lateApril, may, october);
        assertThat(UnfinishedMotions.reportDueAt(april, cal, UnfinishedMotions.DEFAULT_REPORT_MONTHS)).isTrue();
        assertThat(UnfinishedMotions.reportDueAt(lateApril, cal, UnfinishedMotions.DEFAULT_REPORT_MONTHS)).isFalse();
        assertThat(UnfinishedMotions.reportDueAt(may, cal, UnfinishedMotions.DEFAULT_REPORT_MONTHS)).isFalse();
        assertThat(UnfinishedMotions.reportDueAt(october, cal, UnfinishedMotions.DEFAULT_REPORT_MONTHS)).isTrue();
    }
}
