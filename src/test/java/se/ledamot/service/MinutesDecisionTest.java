package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Decision;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterChange;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.debate.DebateDecision;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.minutes.Present;
import se.ledamot.domain.minutes.Signers;
import se.ledamot.l10n.Localization;

/**
 * The decision the council takes as the minutes record it (Protokoll) moves the matter by the rule Debatt's decision
 * follows: a decided motion is no longer pending and its one-year deadline stops (the walk of session 13 found it
 * staying Beredd with "om 8 månader"). Changed or cleared before the justering, the matter follows; after it, refused.
 */
class MinutesDecisionTest {
    @TempDir
    Path folder;

    private Ledamot app;
    private long meeting;
    private long motion;
    private long item;

    @BeforeEach
    void open() {
        app = Ledamot.open(folder.resolve("data"), DebateBriefQueriesTest.CLOCK);
        meeting = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))).id();
        motion = app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om en integrationsplan")
                .submitted(LocalDate.parse("2026-08-03")).authors(List.of(Person.parse("Karin Holm (V)")))
                .status(Status.PREPARED).build()).id();
        item = app.meetings().addMatters(meeting, List.of(motion)).getFirst().id();
    }

    /** The minutes justerade on 17 December, the day after the meeting, as the secretary records it then. */
    private void justeratOn17December() {
        app.close();
        app = Ledamot.open(folder.resolve("data"), Clock.fixed(Instant.parse("2026-12-17T13:00:00Z"),
                ZoneId.of("Europe/Stockholm")));
        app.papers().saveMinutes(Present.of(Signers.of(app.papers().minutes(meeting)))
                .withApproval(LocalDate.parse("2026-12-17"), null, null));
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aDecisionInTheMinutesDecidesTheMotionAndStopsItsDeadline() {
        assertThat(app.deadlines().nearest(app.matters().require(motion))).isPresent();

        app.debates().record(item, Decision.APPROVED);

        Matter decided = app.matters().require(motion);
        assertThat(decided.status()).isEqualTo(Status.DECIDED);
        assertThat(decided.decision()).isEqualTo(Decision.APPROVED);
        assertThat(app.deadlines().nearest(decided)).isEmpty();
        assertThat(app.meetings().item(item).orElseThrow().decision()).isEqualTo(Decision.APPROVED);
        assertThat(app.debates().open(item).decision()).hasValueSatisfying(
                d -> assertThat(d.decision()).isEqualTo(Decision.APPROVED));
        assertThat(app.matters().timeline(motion)).extracting(MatterChange::field, MatterChange::newValue)
                .contains(tuple("status", "decided"),
                        tuple("decision", "approved"));
    }

    /**
     * The secretary writes the minutes days after the meeting: the decision was taken on the meeting's day, and the
     * matter's timeline (its status, its decision) and the decision's record say so, not the day it was typed.
     */
    @Test
    void aDecisionRecordedAfterTheMeetingIsDatedTheMeetingsDay() {
        app.close();
        Clock later = Clock.fixed(Instant.parse("2026-12-17T13:00:00Z"), ZoneId.of("Europe/Stockholm"));
        app = Ledamot.open(folder.resolve("data"), later);

        app.debates().record(item, Decision.APPROVED);

        LocalDate meetingDay = LocalDate.parse("2026-12-14");
        assertThat(app.matters().timeline(motion)).filteredOn(c -> List.of("status", "decision").contains(c.field()))
                .isNotEmpty().allSatisfy(c -> assertThat(LocalDate.ofInstant(c.at(), later.getZone()))
                        .isEqualTo(meetingDay));
        // A change by hand the same day stays its own entry, dated when it was made.
        app.matters().save(app.matters().require(motion).toBuilder().title("Motion om integrationsplan").build());
        assertThat(app.matters().timeline(motion)).filteredOn(c -> "title".equals(c.field()))
                .allSatisfy(c -> assertThat(c.at()).isEqualTo(later.instant()));
    }

    @Test
    void aDecisionChangedOrClearedBeforeTheJusteringMovesTheMatterAgain() {
        app.debates().record(item, Decision.APPROVED);

        app.debates().record(item, Decision.REFERRED_BACK);
        assertThat(app.matters().require(motion).status()).isEqualTo(Status.REFERRED_BACK);
        assertThat(app.matters().require(motion).decision()).isEqualTo(Decision.REFERRED_BACK);

        app.debates().record(item, null);
        Matter back = app.matters().require(motion);
        assertThat(back.status()).isEqualTo(Status.PREPARED);
        assertThat(back.decision()).isNull();
        assertThat(app.deadlines().nearest(back)).isPresent();
        assertThat(app.meetings().item(item).orElseThrow().decision()).isNull();
        assertThat(app.debates().open(item).decision()).isEmpty();
    }

    @Test
    void afterTheJusteringTheDecisionStands() {
        app.debates().record(item, Decision.APPROVED);
        justeratOn17December();

        assertThatThrownBy(() -> app.debates().record(item, Decision.REJECTED)).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(Localization.message(e)).contains("justerat"));
        assertThat(app.matters().require(motion).decision()).isEqualTo(Decision.APPROVED);
    }

    /**
     * Walked (walk15): the minutes of a meeting not yet held were justerade on a day to come, without a word, and the
     * motion left every pending list. A justering is signed after the meeting, at the latest today.
     */
    @Test
    void aJusteringDayToComeOrBeforeTheMeetingIsRefused() {
        var blank = app.papers().minutes(meeting);
        assertThatThrownBy(() -> app.papers().saveMinutes(blank.withApproval(LocalDate.parse("2026-12-17"), null,
                null))).isInstanceOfSatisfying(DomainException.class, e -> assertThat(Localization.message(e))
                .isEqualTo("Justeringsdagen den 17 december 2026 har inte kommit än."
                        + " Ange den dag då protokollet justerades."));
        var stored = app.papers().storedMinutes(meeting);
        assertThatThrownBy(() -> app.papers().saveMinutes(stored, stored.withApproval(LocalDate.parse("2026-11-20"),
                null, null))).isInstanceOfSatisfying(DomainException.class, e -> assertThat(Localization.message(e))
                .isEqualTo("Protokollet kan inte justeras den 20 november 2026,"
                        + " före sammanträdet den 14 december 2026."));
        assertThat(app.papers().storedMinutes(meeting).adjusted()).isNull();

        justeratOn17December();
        assertThat(app.papers().storedMinutes(meeting).adjusted()).isEqualTo(LocalDate.parse("2026-12-17"));
    }

    /**
     * Walked: a justering planned for a day before the meeting was stored without a word, and the protokoll printed
     * "Justeringen sker torsdagen den 17 december 2026" for a meeting on the 21st. It is refused, from any caller; a
     * day planned before this rule (stored already) is not refused when other fields are saved.
     */
    @Test
    void aJusteringPlannedBeforeTheMeetingIsRefused() {
        var stored = app.papers().storedMinutes(meeting);
        assertThatThrownBy(() -> app.papers().saveMinutes(stored, stored.withAdjustment(List.of(),
                LocalDate.parse("2026-12-10"), null, "Kommunkansliet"))).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(Localization.message(e)).isEqualTo(
                        "Justeringen kan inte ske den 10 december 2026, före sammanträdet den 14 december 2026."));
        assertThat(app.papers().storedMinutes(meeting).adjustDay()).isNull();
        app.papers().saveMinutes(stored, stored.withAdjustment(List.of(), LocalDate.parse("2026-12-14"), null,
                "Kommunkansliet"));
        assertThat(app.papers().storedMinutes(meeting).adjustDay()).isEqualTo(LocalDate.parse("2026-12-14"));
    }

    /**
     * Walked (walk15): the wording of a justerat protokoll's decision took new words, and the next print carried
     * them. What was justerat and announced stands, from the window and the command line alike.
     */
    @Test
    void afterTheJusteringTheWordingStands() {
        app.debates().record(item, Decision.APPROVED);
        app.meetings().saveItem(app.meetings().item(item).orElseThrow().withDecision(Decision.APPROVED,
                "Kommunfullmäktige bifaller motionen."));
        justeratOn17December();
        var justerat = app.meetings().item(item).orElseThrow();

        assertThatThrownBy(() -> app.meetings().saveItem(justerat, justerat.withDecision(Decision.APPROVED,
                "Kommunfullmäktige avslår motionen."))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(Localization.message(e)).contains("justerat", "lydelse"));
        assertThatThrownBy(() -> app.meetings().saveItem(justerat.withDecision(Decision.APPROVED, "")))
                .isInstanceOf(DomainException.class);
        assertThat(app.meetings().item(item).orElseThrow().decisionText())
                .isEqualTo("Kommunfullmäktige bifaller motionen.");
        app.meetings().saveItem(justerat, justerat.withProposal("Motionen bifalls."));
        assertThat(app.meetings().item(item).orElseThrow().proposal()).as("the rest of the item is not justerat")
                .isEqualTo("Motionen bifalls.");
    }

    @Test
    void debattsDecisionCannotBeTakenAgainOnceTheMinutesHaveOne() {
        app.debates().record(item, Decision.REJECTED);

        assertThatThrownBy(() -> app.debates().decide(app.meetings().item(item).orElseThrow(),
                DebateDecision.of(Decision.APPROVED), "")).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(Localization.message(e)).contains("redan fattat"));
    }
}
