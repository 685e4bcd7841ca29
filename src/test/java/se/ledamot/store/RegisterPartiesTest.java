package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;

/**
 * The party filter's choices: every party among the authors of matters out of the trash, sorted, read from the
 * authors' party index (at start at 100 000 matters the join of every author with its matter took seconds).
 */
class RegisterPartiesTest {
    @TempDir
    Path folder;

    @Test
    void thePartiesOfMattersOutOfTheTrashSortedFromThePartyIndex() {
        try (Database db = TestDatabases.local(folder)) {
            MatterStore matters = new MatterStore(db.dsl(), Clock.systemUTC());
            add(matters, new Person("Eva Ek", "V"), new Person("Per Al", "S"));
            add(matters, new Person("Utan Parti", null));
            long trashedOnly = add(matters, new Person("Mia Berg", "M"));
            long trashedToo = add(matters, new Person("Per Al", "S"));
            add(matters, new Person("Kim Dahl", "KD"));
            matters.trash(trashedOnly);
            matters.trash(trashedToo);
            RegisterStore register = new RegisterStore(db.dsl());

            assertThat(register.parties()).containsExactly("KD", "S", "V");
            String plan = db.dsl().fetchValue("EXPLAIN SELECT DISTINCT party FROM matter_author ORDER BY party")
                    .toString();
            assertThat(plan).containsIgnoringCase("MATTER_AUTHOR_BY_PARTY");
        }
    }

    private static long add(MatterStore store, Person... authors) {
        return store.add(Matter.newMatter(MatterKind.MOTION, "Motion av " + authors[0].name())
                .status(Status.SUBMITTED).authors(List.of(authors)).build()).id();
    }
}
