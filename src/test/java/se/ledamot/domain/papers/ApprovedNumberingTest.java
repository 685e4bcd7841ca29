package se.ledamot.domain.papers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The approved list as stored: what it keeps comes back the same, a custom standard item's title included. */
class ApprovedNumberingTest {
    @Test
    void theStoredListReadsBackAsItWasApproved() {
        ApprovedNumbering approved = new ApprovedNumbering(101, List.of(
                new ApprovedNumbering.Place(1, null, StandardItem.of(StandardItem.Kind.ROLL_CALL)),
                new ApprovedNumbering.Place(2, 57L, StandardItem.of(StandardItem.Kind.ADJUSTERS)),
                new ApprovedNumbering.Place(3, 12L, null),
                new ApprovedNumbering.Place(5, null, StandardItem.custom("Information från\trevisorerna"))));
        ApprovedNumbering read = ApprovedNumbering.parse(approved.text()).orElseThrow();
        assertThat(read.firstParagraph()).isEqualTo(101);
        assertThat(read.places()).hasSize(4);
        assertThat(read.places().subList(0, 3)).isEqualTo(approved.places().subList(0, 3));
        assertThat(read.places().get(3).standard().title()).isEqualTo("Information från revisorerna");
        assertThat(read.last()).isEqualTo(5);
        assertThat(ApprovedNumbering.parse(null)).isEmpty();
    }
}
