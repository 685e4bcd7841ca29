package se.ledamot.brief;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterChange;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.debate.DebateMaterial;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.debate.SpeechKind;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.domain.meeting.Position;
import se.ledamot.domain.meeting.Stance;

/** Matters made from the seed texts, and names that test every glyph. */
public final class Samples {
    public static final Instant CREATED = Instant.parse("2026-11-23T09:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    /** The zone of the clock the samples are printed by. */
    public static final java.time.ZoneId ZONE = java.time.ZoneId.of("Europe/Stockholm");
    public static final List<String> SPECIAL_NAMES = List.of("Şahin", "Nguyễn", "Đorđević", "Łukasz", "Åsa", "Östen",
            "Müller", "Éloïse");

    private Samples() {
    }

    static String seed(String name) {
        try {
            return Files.readString(Path.of("seeds", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Stenungsund motion (seed 001): two signatories, six att-satser. */
    public static Matter motion() {
        String text = seed("001_5b9219ef532998c6.txt");
        String body = text.substring(text.indexOf("En framgångsrik"), text.indexOf("Vi föreslår därför:") + 19);
        List<String> clauses = text.lines().filter(l -> l.startsWith("Att ")).map(l -> l.substring(4).strip())
                .toList();
        return Matter.newMatter(MatterKind.MOTION, "Motion om att upprätta en integrationsplan").id(1L)
                .number("KS 2015/123").submitted(LocalDate.of(2015, 2, 16)).place("Stenungsund")
                .authors(List.of(new Person("Jan Alexandersson", "V"), new Person("Emma Ramhult", "V"),
                        new Person("Łukasz Đorđević Şahin", "MP")))
                .responsibleBody("Kommunstyrelsen").body(body).proposals(clauses).status(Status.REFERRED)
                .tags(Set.of("integration")).build();
    }

    /** The Sävsjö interpellation (seed 002): three numbered questions and the chair's written answer. */
    public static Matter interpellation() {
        String text = seed("002_ca5d8c8e3c0d95c4.txt");
        String answer = text.substring(text.indexOf("Sävsjö kommun har idag")).strip()
                .replace("\n", "\n\n");
        return Matter.newMatter(MatterKind.INTERPELLATION, "Integrationsenhet").id(2L).number("KF 2017/45")
                .submitted(LocalDate.of(2017, 11, 6)).authors(List.of(new Person("Patrik Christierson", "KD")))
                .addressee(new Addressee("Nguyễn Thị Åsa Müller", "M", "kommunstyrelsens ordförande"))
                .questions(List.of("Hur långt har arbetet kommit med integrationsenheten?",
                        "När kommer den att vara klar?", "Vad är det som saknas?"))
                .answer(answer).status(Status.SUBMITTED).build();
    }

    public static List<MatterChange> history(long id) {
        return List.of(
                new MatterChange(id, Instant.parse("2015-02-16T10:00:00Z"), MatterChange.CREATED, null, "x"),
                new MatterChange(id, Instant.parse("2015-03-02T10:00:00Z"), "status", "submitted", "referred"),
                new MatterChange(id, Instant.parse("2015-03-03T08:00:00Z"), "responsible_body", "",
                        "Kommunstyrelsen"));
    }

    public static final Body COUNCIL = new Body("KF", "Kommunfullmäktige", true, 5, 3, 1);

    public static Meeting meeting() {
        return new Meeting(7L, "KF", LocalDate.of(2026, 12, 14), LocalTime.of(18, 0), "Kommunhuset, sessionssalen",
                MeetingStatus.PLANNED);
    }

    /**
     * A debate brief's material: the seed motion, the seed interpellation and a free-text item, repeated to make
     * {@code items} items; the group V has positions on the matters.
     */
    public static DebateMaterial debate(int items, String group) {
        List<DebateMaterial.Item> out = new ArrayList<>();
        Matter motion = motion();
        Matter interpellation = interpellation();
        for (int n = 1; n <= items; n++) {
            long itemId = 100 + n;
            switch (n % 3) {
                case 1 -> out.add(new DebateMaterial.Item(new AgendaItem(itemId, 7, n, motion.id(), null,
                        "Kommunstyrelsen föreslår att kommunfullmäktige beslutar att motionen ska anses besvarad, "
                                + "eftersom arbetet med en integrationsplan redan pågår inom förvaltningarna.",
                        List.of(), null, ""), Optional.of(motion), history(motion.id()),
                        group == null ? Optional.empty() : Optional.of(new Position(itemId, group, Stance.OWN,
                                "Emma Ramhult (V)", "Planen behövs nu. Segregationen följer ekonomiska och sociala "
                                        + "mönster och kräver samordning mellan förvaltningar och bolag.",
                                "Yrka bifall till motionen i sin helhet. Nguyễn och Şahin talar i replik.", true))));
                case 2 -> out.add(new DebateMaterial.Item(new AgendaItem(itemId, 7, n, interpellation.id(), null, "",
                        List.of(), null, ""), Optional.of(interpellation), List.of(),
                        group == null ? Optional.empty() : Optional.of(new Position(itemId, group, Stance.TAKE_PART,
                                "Łukasz Đorđević (V)", "", "", true)), List.of(
                                new Speaker(Person.parse("Łukasz Đorđević (V)"), SpeechKind.SPEECH, 5,
                                        "Ordförande! " + "Integrationen är kommunens gemensamma uppgift. ".repeat(8)),
                                new Speaker(Person.parse("Nguyễn Thị Åsa Müller (M)"), SpeechKind.REPLY, 1,
                                        "Tack för frågan."))));
                default -> out.add(new DebateMaterial.Item(AgendaItem.freeText(7, n, "Val av justerare")
                        .withProposal("Ordföranden föreslår Åsa Öst (S) och Östen Müller (M)."), Optional.empty(),
                        List.of(), Optional.empty()));
            }
        }
        return new DebateMaterial(meeting(), COUNCIL, group, out);
    }
}
