package se.ledamot.store.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ledamot.store.entity.Catalogue;
import se.ledamot.store.entity.EntityState;

/**
 * What a merge brought here from the server ({@link EntityMerge.Outcome#brought}), which the sync counts as fetched:
 * the server's field or timeline line, never this side's own values coming back, in whatever order its lines come.
 */
class EntityMergeBroughtTest {
    private static final EntityState BASE = EntityState.empty(Catalogue.MATTER_TYPE, "m1")
            .with("title", "Motion om simhallen").with("body", "Första stycket.").with("timeline", List.of(line("e1", 1)));

    private static Map<String, Object> line(String uid, int day) {
        return Map.of("uid", uid, "changed_at", OffsetDateTime.parse("2026-11-0" + day + "T10:00:00Z"),
                "field", "title", "old_value", "", "new_value", uid);
    }

    private static EntityMerge.Outcome send(EntityState mine, EntityState theirs) {
        return EntityMerge.merge(Catalogue.MATTER_TYPE, BASE, mine, theirs, Set.of(), Privileges.all(), true);
    }

    @Test
    void herOwnChangeSentBringsNothingEvenWithHerLinesInAnotherOrder() {
        EntityState mine = BASE.with("title", "Motion om en ny simhall")
                .with("timeline", List.of(line("e2", 2), line("e1", 1)));

        EntityMerge.Outcome o = send(mine, BASE);

        assertThat(o.writeServer()).isTrue();
        assertThat(o.brought()).isFalse();
    }

    @Test
    void theServersFieldOrLineIsBrought() {
        EntityState mine = BASE.with("body", "Första stycket, skärpt.");

        assertThat(send(mine, BASE.with("title", "Motion om en ny simhall")).brought()).isTrue();
        assertThat(send(mine, BASE.with("timeline", List.of(line("e1", 1), line("e3", 3)))).brought()).isTrue();
        assertThat(send(mine, BASE).brought()).isFalse();
    }

    @Test
    void aRemovalOnTheServerIsBroughtAndOneHereIsNot() {
        assertThat(send(BASE, null).brought()).isTrue();
        assertThat(send(null, BASE).brought()).isFalse();
    }
}
