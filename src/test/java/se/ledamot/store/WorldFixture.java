package se.ledamot.store;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Decision;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.answer.VersionPolicy;
import se.ledamot.domain.answer.VersionReason;
import se.ledamot.domain.debate.DebateDecision;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.debate.SpeechKind;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.Position;
import se.ledamot.domain.meeting.Stance;
import se.ledamot.domain.meeting.SubmissionKind;
import se.ledamot.domain.meeting.SubmissionRule;
import se.ledamot.domain.minutes.Attendance;
import se.ledamot.domain.minutes.Attendee;
import se.ledamot.domain.minutes.Choice;
import se.ledamot.domain.minutes.ItemMinutes;
import se.ledamot.domain.minutes.Minutes;
import se.ledamot.domain.minutes.MinutesNote;
import se.ledamot.domain.minutes.MotionType;
import se.ledamot.domain.minutes.MovedMotion;
import se.ledamot.domain.minutes.Reservation;
import se.ledamot.domain.minutes.Seat;
import se.ledamot.domain.minutes.Vote;
import se.ledamot.domain.papers.BodyPapers;
import se.ledamot.domain.papers.ItemPapers;
import se.ledamot.domain.papers.Logo;
import se.ledamot.domain.papers.PaperSettings;
import se.ledamot.domain.papers.StandardItem;
import se.ledamot.importer.SourceFile;

/**
 * A small council's data with something of every kind the program keeps, written through the stores as the program
 * writes it: matters edited into timelines, a file, a body with a rule, a meeting whose agenda has positions of two
 * groups, speakers, a decision, an answer with versions and marks, the council's papers and the meeting's minutes. For tests that move whole databases.
 */
public final class WorldFixture {
    public long motion;
    public long interpellation;
    public long trashed;
    public long meeting;
    public long motionItem;
    public long interpellationItem;

    public static WorldFixture write(DSLContext dsl, MovableClock clock) {
        WorldFixture w = new WorldFixture();
        MatterStore matters = new MatterStore(dsl, clock);
        MeetingStore meetings = new MeetingStore(dsl, clock);
        Matter motion = matters.add(Matter.newMatter(MatterKind.MOTION, "Motion om en integrationsplan")
                .number("KS 2015/123").submitted(LocalDate.parse("2015-02-16")).place("Stenungsund")
                .authors(List.of(new Person("Jan Alexandersson", "V"), new Person("Emma Ramhult", "V")))
                .proposals(List.of("en integrationsplan tas fram", "planen följs upp årligen"))
                .body("Vi föreslår att …\n\nAndra stycket med åäö.").status(Status.SUBMITTED)
                .tags(new java.util.LinkedHashSet<>(List.of("integration", "plan"))).build());
        w.motion = motion.id();
        clock.advance(Duration.ofMinutes(5));
        matters.save(motion.toBuilder().title("Motion om att upprätta en integrationsplan").build());
        clock.advance(Duration.ofMinutes(1));
        matters.save(matters.find(w.motion).orElseThrow().toBuilder().status(Status.REFERRED).build());
        new AttachmentStore(dsl, clock).add(w.motion, SourceFile.of("motion 1/2.txt",
                "Motion om en integrationsplan".getBytes(StandardCharsets.UTF_8), "text", "Motion"), null, false);

        Matter interpellation = matters.add(Matter.newMatter(MatterKind.INTERPELLATION, "Interpellation om simhallen")
                .submitted(LocalDate.parse("2026-11-02")).status(Status.SUBMITTED)
                .authors(List.of(new Person("Eva Berg", "S")))
                .addressee(new Addressee("Per Nilsson", "M", "kommunstyrelsens ordförande"))
                .questions(List.of("När öppnar simhallen?", "Vad kostar den?")).replyBy(LocalDate.parse("2026-12-14"))
                .build());
        w.interpellation = interpellation.id();
        AnswerStore answers = new AnswerStore(dsl, clock, VersionPolicy.standard());
        answers.cutVersion(w.interpellation, "Första utkastet.", Set.of(1), VersionReason.MANUAL);
        clock.advance(Duration.ofHours(2));
        answers.autosave(w.interpellation, "Första utkastet, längre nu.", Set.of(1, 2));

        Matter gone = matters.add(Matter.newMatter(MatterKind.QUESTION, "Fråga om snöröjningen")
                .status(Status.SUBMITTED).build());
        w.trashed = gone.id();
        matters.trash(w.trashed);

        BodyStore bodies = new BodyStore(dsl);
        AgendaStore agenda = new AgendaStore(dsl, clock);
        bodies.saveBody(new Body("BUN", "Barn- och utbildningsnämnden", false, 0, 0, 0));
        bodies.saveRule("BUN", new SubmissionRule(SubmissionKind.MOTION, SubmissionRule.Form.DAYS_BEFORE, 7, null,
                LocalTime.parse("12:00")));
        Meeting m = meetings.add(new Meeting(null, "KF", LocalDate.parse("2026-12-14"), LocalTime.of(18, 0),
                "Kommunhuset", null, LocalDate.parse("2026-12-04")));
        w.meeting = m.id();
        List<AgendaItem> items = agenda.addMatters(w.meeting, List.of(w.motion, w.interpellation));
        w.motionItem = items.get(0).id();
        w.interpellationItem = items.get(1).id();
        agenda.addText(w.meeting, "Val av justerare");
        AgendaItem first = agenda.item(w.motionItem).orElseThrow();
        agenda.saveItem(new AgendaItem(first.id(), first.meetingId(), first.number(), first.matterId(), null,
                "Kommunstyrelsen föreslår bifall.", List.of("bifall till motionen", "återremiss"), null, ""));
        new PositionStore(dsl, clock, "V").save(Position.undecided(w.motionItem, "V")
                .withStance(Stance.SUPPORT).withSpeaker("Jan Alexandersson").withNotes("Hemligt: V yrkar bifall"));
        new PositionStore(dsl, clock, "S").save(Position.undecided(w.motionItem, "S").withArguments("S tvekar"));
        DebateStore debates = new DebateStore(dsl, clock);
        debates.saveSpeakers(w.interpellationItem, debates.open(w.interpellationItem).speakers()
                .add(new Speaker(Person.parse("Eva Berg (S)"), SpeechKind.SPEECH, 5, "Tack för svaret.")));
        debates.decide(agenda.item(w.motionItem).orElseThrow(), new DebateDecision(Decision.APPROVED, false, null), "Bifall");
        writePapers(dsl, clock, w);
        return w;
    }

    /**
     * KF's details for its papers, every field set: chair, vice chairs, secretary, webcast, absence, standard items,
     * seats.
     */
    static BodyPapers kfPapers() {
        return BodyPapers.defaults(new Body("KF", "Kommunfullmäktige", true, 5, 3, 1))
                .withChair(Person.parse("Kerstin Lindqvist (S)")).withSecretary("Anna Berg")
                .withVice(Person.parse("Per Holm (M)"), Person.parse("Jenny Alm (C)"))
                .withPublicMeeting(true, "stenungsund.se/webbtv").withAbsence("Ring 0303-730 000.")
                .withStandardItems(List.of(StandardItem.of(StandardItem.Kind.ROLL_CALL),
                        StandardItem.custom("Information från kommundirektören")),
                        List.of(StandardItem.of(StandardItem.Kind.MESSAGES)))
                .withSeats(List.of(Seat.member("Åsa Öst (S)"), Seat.substitute("Sara Björk (V)")));
    }

    /** The secretary's papers: the council's and KF's details, the minutes of the meeting and of the motion's item. */
    private static void writePapers(DSLContext dsl, MovableClock clock, WorldFixture w) {
        Person asa = Person.parse("Åsa Öst (S)");
        Person jan = Person.parse("Jan Alexandersson (V)");
        BodyPapers kf = kfPapers();
        new PaperSettingsStore(dsl, clock).save(PaperSettings.empty()
                .withLogo(Logo.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3}))
                .withArchive("stenungsund.se/anslagstavla", "Kommunledningskontoret").withBody(kf));
        new CouncilSettingStore(dsl).put(CouncilRulesStore.COUNCIL_NAME, "Stenungsunds kommun");
        MinutesStore minutes = new MinutesStore(dsl, clock);
        minutes.save(Minutes.blank(w.meeting).withTimes(LocalTime.of(18, 0), LocalTime.of(20, 45))
                .withChair(Person.parse("Kerstin Lindqvist (S)"), "Anna Berg")
                .withAdjustment(List.of(asa), LocalDate.parse("2026-12-17"), LocalTime.of(10, 0), "Kommunhuset")
                .withApproval(LocalDate.parse("2026-12-17"), LocalDate.parse("2026-12-18"), 101)
                .withAttendance(new Attendance(List.of(Attendee.member(asa), Attendee.serving(jan, "Emma Ramhult")))));
        minutes.save(ItemMinutes.empty(w.motionItem)
                .withMotion(MovedMotion.of(jan, MotionType.APPROVE_MATTER).supportedBy(List.of(asa)))
                .withOrder("Ordföranden ställer proposition.", 0)
                .withVote(new Vote("kommunstyrelsens förslag", "Jan Alexanderssons (V) yrkande", List.of(),
                        Choice.YES).cast(asa, Choice.YES).cast(jan, Choice.NO))
                .withReservation(new Reservation(List.of(jan), "eget yrkande", "Vi står för motionen."))
                .withNote(new MinutesNote(List.of(asa), "En anteckning.")));
        minutes.save(new ItemPapers(w.motionItem, "Kort om ärendet.", List.of("Tjänsteskrivelse"),
                List.of("Kommunstyrelsen", "Motionärerna")));
    }
}
