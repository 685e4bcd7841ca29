package se.ledamot.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.service.MatterService;

/** Realistic matters from the seed texts, for tests and the screenshot. */
public final class Samples {
    private Samples() {
    }

    public static Matter integrationPlan() {
        return Matter.newMatter(MatterKind.MOTION, "Motion om att upprätta en integrationsplan")
                .number("KS 2025/123").submitted(LocalDate.parse("2025-12-16")).status(Status.REFERRED)
                .place("Stenungsund").responsibleBody("Kommunstyrelsen")
                .authors(List.of(new Person("Jan Alexandersson", "V"), new Person("Anna Svensson", "V")))
                .proposals(List.of("kommunen upprättar en integrationsplan",
                        "planen tas fram tillsammans med föreningslivet",
                        "planen följs upp årligen i kommunfullmäktige"))
                .body("Stenungsund tar emot allt fler nyanlända. En samlad plan behövs.")
                .tags(Set.of("integration")).build();
    }

    public static Matter jobbhuset() {
        return Matter.newMatter(MatterKind.INTERPELLATION, "Interpellation om integrationsenheten och Jobbhuset")
                .number("KS 2026/77").submitted(LocalDate.parse("2026-11-02")).status(Status.SUBMITTED)
                .place("Sävsjö").authors(List.of(new Person("Patrik Christierson", "KD")))
                .addressee(new Addressee("Anna Ek", "C", "kommunstyrelsens ordförande"))
                .questions(List.of("Hur långt har arbetet med integrationsenheten kommit?",
                        "När kommer Jobbhuset att vara klart?", "Vad kostar det?"))
                .build();
    }

    public static Matter simhallen() {
        return Matter.newMatter(MatterKind.MOTION, "Motion om längre öppettider i simhallen")
                .number("KS 2025/301").submitted(LocalDate.parse("2025-10-01")).status(Status.SUBMITTED)
                .authors(List.of(new Person("Karin Berg", "S"))).proposals(List.of("simhallen håller öppet till 21"))
                .build();
    }

    public static Matter cykelvagar() {
        return Matter.newMatter(MatterKind.CITIZEN_PROPOSAL, "Medborgarförslag om cykelväg till Kyrkbyn")
                .submitted(LocalDate.parse("2026-09-10")).status(Status.SUBMITTED)
                .authors(List.of(new Person("Lena Ek", null))).proposals(List.of("bygga en cykelväg till Kyrkbyn"))
                .build();
    }

    public static Matter integrationRemiss() {
        return Matter.newMatter(MatterKind.REFERRAL, "Remiss: rapport om integration i Borås")
                .number("KS 2026/410").submitted(LocalDate.parse("2026-11-10")).status(Status.RECEIVED)
                .replyBy(LocalDate.parse("2026-11-30")).responsibleBody("Kommunstyrelsen").build();
    }

    public static Matter integrationsradet() {
        return Matter.newMatter(MatterKind.SPEECH, "Anförande om integrationsarbetet under kommunstyrelsen")
                .submitted(LocalDate.parse("2026-10-20")).status(Status.HELD).place("Katrineholm")
                .authors(List.of(new Person("Mikael Lundh", "MP"))).build();
    }

    public static List<Matter> all() {
        return List.of(integrationPlan(), jobbhuset(), simhallen(), cykelvagar(), integrationRemiss(),
                integrationsradet());
    }

    /** A few more, so the screenshot shows a register that is in use. */
    public static List<Matter> more() {
        return List.of(
                Matter.newMatter(MatterKind.MOTION, "Motion om solceller på kommunens tak").number("KS 2026/88")
                        .submitted(LocalDate.parse("2026-03-16")).status(Status.REFERRED)
                        .authors(List.of(new Person("Sara Lind", "MP"), new Person("Omar Haddad", "MP")))
                        .proposals(List.of("alla nya kommunala byggnader får solceller")).build(),
                Matter.newMatter(MatterKind.QUESTION, "Fråga om skolskjutsarna i Kyrkbyn").number("KF 2026/15")
                        .submitted(LocalDate.parse("2026-11-12")).status(Status.SUBMITTED)
                        .authors(List.of(new Person("Karin Berg", "S")))
                        .addressee(new Addressee("Per Holm", "M", "barn- och utbildningsnämndens ordförande"))
                        .questions(List.of("När blir skolskjutsarna som förr?")).build(),
                Matter.newMatter(MatterKind.MOTION, "Motion om fritidsbank").number("KS 2025/199")
                        .submitted(LocalDate.parse("2025-06-02")).status(Status.DECIDED)
                        .authors(List.of(new Person("Jan Alexandersson", "V"))).build());
    }

    public static List<Matter> addAll(MatterService store) {
        return all().stream().map(store::add).toList();
    }
}
