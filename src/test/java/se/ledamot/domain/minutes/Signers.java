package se.ledamot.domain.minutes;

import java.util.List;
import se.ledamot.domain.Person;

/** Minutes with those who sign them named, as a justering needs (5 kap. 69 § kommunallagen): for tests that justera. */
public final class Signers {
    private Signers() {
    }

    /** {@code m} with an ordförande, a sekreterare and a justerare where it has none. */
    public static Minutes of(Minutes m) {
        return m.withChair(m.chair() != null ? m.chair() : Person.parse("Anna Ordf (S)"),
                m.secretary() != null ? m.secretary() : "Sara Sekr")
                .withAdjustment(m.adjusters().isEmpty() ? List.of(Person.parse("Lena Ek (S)")) : m.adjusters(),
                        m.adjustDay(), m.adjustTime(), m.adjustPlace());
    }
}
