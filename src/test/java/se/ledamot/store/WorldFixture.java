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
import se.ledamot.importer.SourceFile;

/**
 * A small council's data with something of every kind the program keeps, written through the stores as the program
 * writes it: matters edited into timelines, a file, a body with a rule, a meeting whose agenda has positions of two
 * groups, speakers, a decision, and an answer with versions and marks. For tests that move whole databases.
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
                "Motion om en integrationsplan".getBytes(StandardCharsets.UTF_8), "text", "Motion"), false);

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

        meetings.saveBody(new Body("BUN", "Barn- och utbildningsnämnden", false, 0, 0, 0));
        meetings.saveRule("BUN", new SubmissionRule(SubmissionKind.MOTION, SubmissionRule.Form.DAYS_BEFORE, 7, null,
                LocalTime.parse("12:00")));
        Meeting m = meetings.add(Meeting.planned("KF", LocalDate.parse("2026-12-14")).withTime(LocalTime.of(18, 0))
                .withPlace("Kommunhuset"));
        w.meeting = m.id();
        List<AgendaItem> items = meetings.addMatters(w.meeting, List.of(w.motion, w.interpellation));
        w.motionItem = items.get(0).id();
        w.interpellationItem = items.get(1).id();
        meetings.addText(w.meeting, "Val av justerare");
        AgendaItem first = meetings.item(w.motionItem).orElseThrow();
        meetings.saveItem(new AgendaItem(first.id(), first.meetingId(), first.number(), first.matterId(), null,
                "Kommunstyrelsen föreslår bifall.", List.of("bifall till motionen", "återremiss"), null, ""));
        new PositionStore(dsl, clock, "V").save(Position.undecided(w.motionItem, "V")
                .withStance(Stance.SUPPORT).withSpeaker("Jan Alexandersson").withNotes("Hemligt: V yrkar bifall"));
        new PositionStore(dsl, clock, "S").save(Position.undecided(w.motionItem, "S").withArguments("S tvekar"));
        DebateStore debates = new DebateStore(dsl, clock);
        debates.saveSpeakers(w.interpellationItem, debates.open(w.interpellationItem).speakers()
                .add(new Speaker(Person.parse("Eva Berg (S)"), SpeechKind.SPEECH, 5, "Tack för svaret.")));
        debates.decide(w.motionItem, new DebateDecision(Decision.APPROVED, false, null), "Bifall");
        return w;
    }
}
