package se.ledamot.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatterTest {

    @Test
    void aMatterNeedsATitle() {
        assertThatThrownBy(() -> Matter.newMatter(MatterKind.MOTION, "   ").build())
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("matter.title.missing"));
    }

    @Test
    void aHugeTitleIsRefusedButAHugeBodyIsKept() {
        String huge = "x".repeat(Limit.TITLE.max() + 1);
        assertThatThrownBy(() -> Matter.newMatter(MatterKind.MOTION, huge).build())
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("limit.tooLong"));
        String body = "å".repeat(2_000_000);
        assertThat(Matter.newMatter(MatterKind.MOTION, "Lång").body(body).build().body()).hasSize(2_000_000);
    }

    @Test
    void blankClausesAreDroppedAndTheRestKeepTheirOrder() {
        Matter m = Matter.newMatter(MatterKind.MOTION, "Motion").proposals(List.of(" en plan tas fram ", "", "  ", "b"))
                .build();
        assertThat(m.proposals()).containsExactly("en plan tas fram", "b");
    }

    @Test
    void partiesAreTheAuthorsPartiesOnceEach() {
        Matter m = Matter.newMatter(MatterKind.MOTION, "Motion")
                .authors(List.of(Person.parse("Jan Alexandersson (V)"), Person.parse("Emma Ramhult (v)"),
                        Person.parse("Anna Berg (S)"), Person.parse("Utan Parti")))
                .build();
        assertThat(m.parties()).containsExactly("V", "S");
    }

    @ParameterizedTest(name = "\"{0}\" → {1} / {2}")
    @CsvSource(textBlock = """
            'Jan Alexandersson (V)',  Jan Alexandersson, V
            'Emma Ramhult(v)',        Emma Ramhult,      V
            '  Şahin Nguyễn ( MP ) ', Şahin Nguyễn,      MP
            'Łukasz Đorđević',        Łukasz Đorđević,
            """)
    void personIsReadFromASignatureLine(String text, String name, String party) {
        Person p = Person.parse(text);
        assertThat(p.name()).isEqualTo(name);
        assertThat(p.party()).isEqualTo(party);
    }

    @Test
    void everyFieldDifferenceIsSeenByTheTimelineFieldList() {
        Matter a = Matter.newMatter(MatterKind.MOTION, "Motion").build();
        Matter b = a.toBuilder().proposals(List.of("en plan tas fram")).build();
        assertThat(java.util.Arrays.stream(MatterField.values()).filter(f -> f.differs(a, b)))
                .containsExactly(MatterField.PROPOSALS);
    }
}
