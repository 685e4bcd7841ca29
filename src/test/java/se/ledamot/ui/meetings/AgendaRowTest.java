package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.AgendaItem;

/** The secretary's walk: Sammanträden listed "Motion: Motion om gratis kollektivtrafik …", the kind said twice. */
class AgendaRowTest {
    private static AgendaRow row(MatterKind kind, String title) {
        return new AgendaRow(AgendaItem.forMatter(1, 1, 7L), 5, Matter.newMatter(kind, title).build(),
                Optional.empty(), false, LocalDate.parse("2026-11-29"), null);
    }

    @Test
    void aTitleThatNamesItsKindIsTheHeadingAsItIs() {
        assertThat(row(MatterKind.MOTION, "Motion om gratis kollektivtrafik").heading())
                .isEqualTo("Motion om gratis kollektivtrafik");
        assertThat(row(MatterKind.INTERPELLATION, "Interpellation till KS ordförande om skolan").heading())
                .isEqualTo("Interpellation till KS ordförande om skolan");
    }

    @Test
    void aTitleThatDoesNotIsLedByItsKind() {
        assertThat(row(MatterKind.MOTION, "Upprätta en integrationsplan").heading())
                .isEqualTo("Motion: Upprätta en integrationsplan");
        assertThat(row(MatterKind.MOTION, "Motionärernas önskan").heading())
                .isEqualTo("Motion: Motionärernas önskan");
    }
}
