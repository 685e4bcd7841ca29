package se.ledamot.brief;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import se.ledamot.domain.Decision;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.debate.SpeakerList;
import se.ledamot.domain.debate.SpeechKind;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.minutes.Attendance;
import se.ledamot.domain.minutes.Attendee;
import se.ledamot.domain.minutes.Choice;
import se.ledamot.domain.minutes.ItemMinutes;
import se.ledamot.domain.minutes.MinutesNote;
import se.ledamot.domain.minutes.Minutes;
import se.ledamot.domain.minutes.MotionType;
import se.ledamot.domain.minutes.MovedMotion;
import se.ledamot.domain.minutes.Reservation;
import se.ledamot.domain.minutes.Vote;
import se.ledamot.domain.papers.BodyPapers;
import se.ledamot.domain.papers.Enclosure;
import se.ledamot.domain.papers.ItemPapers;
import se.ledamot.domain.papers.Logo;
import se.ledamot.domain.papers.MeetingPapers;
import se.ledamot.domain.papers.NoticeAgenda;
import se.ledamot.domain.papers.PaperSettings;
import se.ledamot.domain.minutes.Seat;

/**
 * The sample meeting of the secretary's papers: kommunfullmäktige in Stenungsund on 14 December 2026, with the seed
 * motion (prepared by the executive board), a new motion, the seed interpellation with its answer and a referral
 * with an attached PDF, the standard items around them, and minutes with speakers, motions moved, a vote, a
 * reservation and a note. Paragraphs of the year start at 101.
 */
public final class PaperSamples {
    public static final LocalDate ISSUED = LocalDate.of(2026, 12, 4);
    static final Person CHAIR = Person.parse("Kerstin Lindqvist (S)");
    static final String SECRETARY = "Anna Berg";
    static final List<Seat> SEATS = List.of(Seat.member("Kerstin Lindqvist (S)"), Seat.member("Åsa Öst (S)"),
            Seat.member("Lars Nilsson (S)"), Seat.member("Östen Müller (M)"), Seat.member("Karin Sjöberg (M)"),
            Seat.member("Jan Alexandersson (V)"), Seat.member("Emma Ramhult (V)"), Seat.member("Łukasz Şahin (MP)"),
            Seat.member("Patrik Christierson (KD)"), Seat.member("Nguyễn Thị Åsa Müller (M)"),
            Seat.member("Gunnel Ek (C)"), Seat.substitute("Per Holm (S)"), Seat.substitute("Maja Lund (M)"),
            Seat.substitute("Sara Björk (V)"));

    private PaperSamples() {
    }

    public static PaperSettings settings() {
        BodyPapers kf = BodyPapers.defaults(Samples.COUNCIL).withChair(CHAIR).withSecretary(SECRETARY)
                .withPublicMeeting(true, "stenungsund.se/webbtv").withSeats(SEATS);
        return PaperSettings.empty().withLogo(Logo.of(logo()))
                .withArchive("stenungsund.se/anslagstavla", "Kommunledningskontoret, Kommunhuset")
                .withBody(kf);
    }

    /** A new motion, handed in and not yet referred: its proposal is that it is referred for preparation. */
    public static Matter newMotion() {
        return Matter.newMatter(MatterKind.MOTION, "Motion om laddplatser vid kommunens förskolor").id(3L)
                .number("KS 2026/311").submitted(LocalDate.of(2026, 11, 20))
                .authors(List.of(new Person("Łukasz Şahin", "MP"))).body("Allt fler föräldrar kör elbil. "
                        + "Kommunen bör ordna laddplatser där barnen lämnas och hämtas.")
                .proposals(List.of("kommunen utreder laddplatser vid förskolorna")).status(Status.SUBMITTED)
                .build();
    }

    public static Matter referral() {
        return Matter.newMatter(MatterKind.REFERRAL, "Remiss: Integrationsprogram för Västra Götaland").id(4L)
                .number("KS 2026/280").submitted(LocalDate.of(2026, 10, 1))
                .responsibleBody("Kommunstyrelsen").body("Västra Götalandsregionen har sänt sitt förslag till "
                        + "integrationsprogram på remiss till kommunerna. Svar önskas senast 31 januari 2027.")
                .status(Status.PREPARED).build();
    }

    public static Matter question() {
        return Matter.newMatter(MatterKind.QUESTION, "Fråga om busskort för gymnasieelever").id(5L)
                .number("KF 2026/318").submitted(LocalDate.of(2026, 11, 26))
                .authors(List.of(new Person("Gunnel Ek", "C")))
                .addressee(new se.ledamot.domain.Addressee("Åsa Öst", "S", "utbildningsnämndens ordförande"))
                .status(Status.SUBMITTED).build();
    }

    public static MeetingPapers meeting() {
        Matter motion = Samples.motion().toBuilder().status(Status.PREPARED).build();
        Matter interpellation = Samples.interpellation().toBuilder().status(Status.ANSWER_READY).build();
        Matter fresh = newMotion();
        Matter referral = referral();
        AgendaItem justerare = new AgendaItem(100L, 7, 1, null, "Val av justerare och tid för justering", "",
                List.of(), null, "");
        AgendaItem motionItem = new AgendaItem(101L, 7, 2, motion.id(), null, """
                Kommunstyrelsen föreslår kommunfullmäktige besluta
                att bifalla motionens första att-sats om en integrationsplan för kommunen, och
                att i övrigt anse motionen besvarad.""", List.of(), null,
                "Kommunfullmäktige beslutar att bifalla motionens första att-sats om en integrationsplan för "
                        + "kommunen och att i övrigt anse motionen besvarad.");
        AgendaItem freshItem = new AgendaItem(102L, 7, 3, fresh.id(), null, "", List.of(), null, "");
        AgendaItem interpellationItem = new AgendaItem(103L, 7, 4, interpellation.id(), null, "", List.of(),
                Decision.ANSWERED, "");
        AgendaItem referralItem = new AgendaItem(104L, 7, 5, referral.id(), null,
                "Kommunstyrelsen föreslår kommunfullmäktige besluta\natt anta kommunstyrelsens förslag till yttrande.",
                List.of(), Decision.APPROVED, "Kommunfullmäktige antar kommunstyrelsens förslag till yttrande.");
        List<AgendaItem> agenda = List.of(justerare, motionItem, freshItem, interpellationItem, referralItem);
        PaperSettings settings = settings();
        BodyPapers kf = settings.of(Samples.COUNCIL);
        List<MeetingPapers.Entry> entries = new ArrayList<>();
        for (NoticeAgenda.Slot slot : NoticeAgenda.plan(kf, agenda)) {
            AgendaItem item = slot.item();
            Matter m = item == null || item.matterId() == null ? null
                    : List.of(motion, fresh, interpellation, referral).stream()
                            .filter(x -> x.id().equals(item.matterId())).findFirst().orElseThrow();
            entries.add(new MeetingPapers.Entry(slot.number(), item, slot.standard(), m, papers(item),
                    minutes(item), enclosures(item), false, null, SpeakerList.debaters(speakers(item))));
        }
        return new MeetingPapers(Samples.meeting(), Samples.COUNCIL, settings, "Stenungsunds kommun", ISSUED, entries,
                List.of(fresh, question()), minutes(), 101, null);
    }

    private static ItemPapers papers(AgendaItem item) {
        if (item == null) {
            return null;
        }
        if (item.id() == 101L) {
            return new ItemPapers(101L, "Motionärerna föreslår att kommunen tar fram en integrationsplan med mål, "
                    + "ansvar och uppföljning. Kommunstyrelsen konstaterar att arbetet med en plan redan har börjat "
                    + "och föreslår att den första att-satsen bifalls och att motionen i övrigt anses besvarad.",
                    List.of(), List.of("Kommunstyrelsen", "Motionärerna"));
        }
        return null;
    }

    /** The debate on the motion, with a reply and a second speech, and the one on the interpellation. */
    private static List<Speaker> speakers(AgendaItem item) {
        if (item != null && item.id() == 101L) {
            return List.of(speech("Jan Alexandersson (V)"), speech("Lars Nilsson (S)"),
                    reply("Jan Alexandersson (V)"), speech("Emma Ramhult (V)"), speech("Łukasz Şahin (MP)"),
                    speech("Lars Nilsson (S)"));
        }
        if (item != null && item.id() == 103L) {
            return List.of(speech("Patrik Christierson (KD)"), speech("Karin Sjöberg (M)"),
                    reply("Patrik Christierson (KD)"));
        }
        return List.of();
    }

    private static Speaker speech(String who) {
        return new Speaker(Person.parse(who), SpeechKind.SPEECH, 4, "");
    }

    private static Speaker reply(String who) {
        return new Speaker(Person.parse(who), SpeechKind.REPLY, 1, "");
    }

    private static List<Enclosure> enclosures(AgendaItem item) {
        return item != null && item.id() == 104L ? List.of(Enclosure.pdf("Tjänsteskrivelse 2026-11-02.pdf",
                attachedPdf())) : List.of();
    }

    static Attendance attendance() {
        List<Attendee> present = new ArrayList<>();
        for (Seat s : SEATS.subList(0, 9)) {
            present.add(Attendee.member(s.person()));
        }
        present.add(Attendee.serving(Person.parse("Maja Lund (M)"), "Nguyễn Thị Åsa Müller"));
        present.add(Attendee.substitute(Person.parse("Sara Björk (V)")));
        present.add(Attendee.other(Person.parse(SECRETARY), "sekreterare"));
        present.add(Attendee.other(Person.parse("Per-Olof Strand"), "kommundirektör"));
        return new Attendance(present);
    }

    public static Minutes minutes() {
        return Minutes.blank(7).withTimes(LocalTime.of(18, 0), LocalTime.of(20, 45)).withChair(CHAIR, SECRETARY)
                .withAdjustment(List.of(Person.parse("Åsa Öst (S)"), Person.parse("Östen Müller (M)")),
                        LocalDate.of(2026, 12, 17), LocalTime.of(10, 0), "Kommunhuset")
                .withApproval(LocalDate.of(2026, 12, 17), LocalDate.of(2026, 12, 18), 101)
                .withAttendance(attendance());
    }

    private static ItemMinutes minutes(AgendaItem item) {
        if (item == null) {
            return null;
        }
        Person jan = Person.parse("Jan Alexandersson (V)");
        Person emma = Person.parse("Emma Ramhult (V)");
        if (item.id() == 101L) {
            Vote vote = new Vote("kommunstyrelsens förslag", "Jan Alexanderssons (V) yrkande", List.of(), null);
            for (Attendee a : attendance().deciding()) {
                String party = a.person().party();
                vote = vote.cast(a.person(), "V".equals(party) ? Choice.NO
                        : "MP".equals(party) ? Choice.ABSTAIN : Choice.YES);
            }
            return ItemMinutes.empty(101L)
                    .withMotion(MovedMotion.of(jan, MotionType.APPROVE_MATTER).supportedBy(List.of(emma)))
                    .withMotion(MovedMotion.of(CHAIR, MotionType.APPROVE_PROPOSAL))
                    .withOrder(null, 0).withVote(vote)
                    .withReservation(new Reservation(List.of(jan, emma), "eget yrkande", null))
                    .withNote(new MinutesNote(List.of(Person.parse("Łukasz Şahin (MP)")),
                            "Miljöpartiet vill att planen följs upp i fullmäktige varje år."));
        }
        if (item.id() == 104L) {
            return ItemMinutes.empty(104L).withMotion(new MovedMotion(jan, MotionType.REFER_BACK,
                    "yttrandet ska ta upp frivilligorganisationernas synpunkter", List.of()))
                    .withMotion(MovedMotion.of(CHAIR, MotionType.APPROVE_PROPOSAL)).withOrder(null, 2);
        }
        return null;
    }

    /** A council emblem drawn in shapes only (no text), so it renders the same everywhere. */
    static byte[] logo() {
        BufferedImage image = new BufferedImage(160, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x1F4E79));
        g.fillRoundRect(10, 10, 140, 120, 20, 20);
        g.fillPolygon(new int[] {10, 150, 80}, new int[] {120, 120, 190}, 3);
        g.setColor(new Color(0xF2C230));
        g.fillOval(45, 35, 70, 70);
        g.setColor(Color.WHITE);
        g.fillRect(20, 100, 120, 12);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * An attached PDF as other programs make them: Helvetica, not embedded, which PDF/A forbids, so copying its pages
     * as they are would break the handlingar's PDF/A.
     */
    public static byte[] attachedPdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int n = 1; n <= 2; n++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 18);
                    cs.newLineAtOffset(72, 760);
                    cs.showText(n == 1 ? "Tjänsteskrivelse" : "Bilaga till tjänsteskrivelsen");
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    cs.newLineAtOffset(0, -30);
                    cs.showText("Remissvar på integrationsprogram, sida " + n);
                    cs.newLineAtOffset(0, -16);
                    cs.showText("Förvaltningen föreslår att kommunen tillstyrker programmet.");
                    cs.endText();
                    cs.setNonStrokingColor(0.9f, 0.2f, 0.2f);
                    cs.addRect(72, 600, 200, 40);
                    cs.fill();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
