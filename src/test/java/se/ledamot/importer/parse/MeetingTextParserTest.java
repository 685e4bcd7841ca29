package se.ledamot.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.MatterField;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.importer.draft.AgendaLine;
import se.ledamot.importer.draft.Confidence;
import se.ledamot.importer.draft.MeetingDraft;

/** A kallelse or föredragningslista read into a meeting draft; every other text left to the matter parser. */
class MeetingTextParserTest {
    private final MeetingTextParser parser = new MeetingTextParser();

    private MeetingDraft parse(String text) {
        return parser.parse(text, "kallelse.txt").orElseThrow();
    }

    @Test
    void theSampleKallelseGivesTheMeetingAndThirteenItems() throws Exception {
        MeetingDraft d = parse(Files.readString(Path.of("src/test/resources/kallelse/kallelse-kf-2027-02-15.txt")));
        assertThat(d.council()).isEqualTo("Stenungsunds kommun");
        assertThat(d.bodyName()).isEqualTo("Kommunfullmäktige");
        assertThat(d.date()).isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(d.time()).isEqualTo(LocalTime.of(18, 30));
        assertThat(d.place()).isEqualTo("Sessionssalen, Kommunhuset, Stenungsund");
        assertThat(d.confidenceOf(MeetingDraft.Field.PLACE)).isEqualTo(Confidence.SURE);
        assertThat(d.amended()).isFalse();
        assertThat(d.items()).extracting(AgendaLine::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
        assertThat(d.items()).filteredOn(AgendaLine::isFreeText).extracting(AgendaLine::text).containsExactly(
                "Upprop", "Val av justerare och tid för justering", "Godkännande av kungörelse",
                "Allmänhetens frågestund", "Anmälan av nya motioner, interpellationer och frågor", "Meddelanden");
        AgendaLine interpellation = d.items().get(5);
        var m = interpellation.matter().matter();
        assertThat(m.kind()).isEqualTo(MatterKind.INTERPELLATION);
        assertThat(m.number()).isEqualTo("KS 2027/14");
        assertThat(m.authors()).containsExactly(new Person("Jan Alexandersson", "V"));
        assertThat(m.addressee()).isEqualTo(new Addressee("Anna Lindqvist", "S", "kommunstyrelsens ordförande"));
        assertThat(m.title()).isEqualTo("Integrationsenhetens lokaler");
        // Wrapped over two lines: the title is to be checked.
        assertThat(interpellation.unsureFields()).containsExactly(MatterField.TITLE);
        assertThat(d.items().get(7).matter().matter().title()).isEqualTo("Upprätta en integrationsplan");
        assertThat(d.items().get(9).matter().matter().title()).isEqualTo("Belysning vid badplatsen i Stora Höga");
        assertThat(d.items().get(11).matter().matter().kind()).isEqualTo(MatterKind.OTHER);
        assertThat(d.items().get(11).unsureFields()).containsExactly(MatterField.KIND);
    }

    @Test
    void aDnrAfterTheTitleAndATimeAndPlaceOnTheDateLine() {
        MeetingDraft d = parse("""
                Ändrad kallelse
                Socialnämnden
                onsdagen den 3 mars 2027 kl 09:00, Lokal Tjörn, Kommunhuset

                Föredragningslista
                § 1 Val av justerare
                § 2 Remiss av äldreplan, Dnr SN 2027/12
                § 3 Fråga från Lena Holm (L) till socialnämndens ordförande om hemtjänsten
                """);
        assertThat(d.amended()).isTrue();
        assertThat(d.bodyName()).isEqualTo("Socialnämnden");
        assertThat(d.date()).isEqualTo(LocalDate.of(2027, 3, 3));
        assertThat(d.time()).isEqualTo(LocalTime.of(9, 0));
        assertThat(d.place()).isEqualTo("Lokal Tjörn, Kommunhuset");
        assertThat(d.confidenceOf(MeetingDraft.Field.PLACE)).isEqualTo(Confidence.UNSURE);
        assertThat(d.items().get(1).dnr()).isEqualTo("SN 2027/12");
        assertThat(d.items().get(1).text()).isEqualTo("Remiss av äldreplan");
        assertThat(d.items().get(1).matter().matter().kind()).isEqualTo(MatterKind.REFERRAL);
        var question = d.items().get(2).matter();
        assertThat(question.matter().addressee()).isEqualTo(new Addressee(null, null, "socialnämndens ordförande"));
        assertThat(question.confidenceOf(MatterField.ADDRESSEE)).isEqualTo(Confidence.UNSURE);
        assertThat(question.matter().title()).isEqualTo("Hemtjänsten");
    }

    @Test
    void mattersAndTextsThatOnlyMentionAKallelseAreNoMeetingDocuments() throws Exception {
        try (var seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.toList()) {
                assertThat(parser.parse(Files.readString(seed), seed.toString())).as(seed.toString()).isEmpty();
            }
        }
        assertThat(parser.parse("Motion om kallelser\n\nKallelse ska skickas i tid.\n1. Att A\n2. Att B", "m.txt"))
                .isEmpty();
        assertThat(parser.parse("Kallelse\n\nVälkommen till årsmötet!", "k.txt")).isEmpty();
    }
}
