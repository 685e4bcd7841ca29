package se.ledamot.domain.papers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.sync.RowField;
import se.ledamot.domain.sync.RowMerge;

/** Two secretaries changing a body's vice chairs at once (issue 16.5): each vice is a field of its own. */
class PaperFieldsTest {
    private static final Body KF = new Body("KF", "Kommunfullmäktige", true, 5, 3, 1);

    private static PaperSettings with(Person first, Person second) {
        return PaperSettings.empty().withBody(BodyPapers.defaults(KF).withVice(first, second));
    }

    @Test
    void oneSidesFirstViceAndTheOthersSecondAreBothKeptAndTheSameFieldChangedTwiceIsAsked() {
        PaperSettings base = with(null, null);
        PaperSettings mine = with(Person.parse("Per Holm (M)"), null);
        PaperSettings theirs = with(null, Person.parse("Jenny Alm (C)"));

        RowMerge<PaperSettings> merge = RowMerge.of(base, mine, theirs, PaperFields.of(KF));

        assertThat(merge.conflicts()).isEmpty();
        assertThat(merge.merged().of(KF).firstVice()).isEqualTo(Person.parse("Per Holm (M)"));
        assertThat(merge.merged().of(KF).secondVice()).isEqualTo(Person.parse("Jenny Alm (C)"));

        RowMerge<PaperSettings> both = RowMerge.of(base, mine, with(Person.parse("Bo Ek (M)"), null),
                PaperFields.of(KF));
        assertThat(both.conflicts()).extracting(RowField::code).containsExactly("first_vice_name");
    }
}
