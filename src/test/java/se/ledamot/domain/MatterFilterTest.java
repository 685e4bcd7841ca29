package se.ledamot.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatterFilterTest {
    private final Matter motion = Matter.newMatter(MatterKind.MOTION, "Motion om att upprätta en integrationsplan")
            .authors(List.of(Person.parse("Jan Alexandersson (V)"))).status(Status.SUBMITTED)
            .proposals(List.of("Röda Korset tas tillvara")).build();
    private final Matter question = Matter.newMatter(MatterKind.QUESTION, "Fråga om simhallen")
            .authors(List.of(Person.parse("Anna Berg (M)"))).build();

    @Test
    void filtersByKindStatusAndParty() {
        assertThat(new MatterFilter(MatterKind.MOTION, null, null).test(motion)).isTrue();
        assertThat(new MatterFilter(MatterKind.MOTION, null, null).test(question)).isFalse();
        assertThat(new MatterFilter(null, Status.SUBMITTED, null).test(question)).isFalse();
        assertThat(new MatterFilter(null, null, "v").test(motion)).isTrue();
        assertThat(new MatterFilter(null, null, "V").test(question)).isFalse();
    }

    @Test
    void noFilterShowsEveryMatter() {
        assertThat(new MatterFilter(null, null, " ").test(question)).isTrue();
    }
}
