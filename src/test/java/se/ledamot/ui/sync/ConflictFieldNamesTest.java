package se.ledamot.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.ConflictKind;
import se.ledamot.store.entity.Catalogue;
import se.ledamot.store.entity.Column;
import se.ledamot.store.entity.EntityType;
import se.ledamot.store.entity.Role;

/**
 * Every field a sync can find in conflict is named in words in the conflict view, not by its column (walk30: "–
 * text" for an answer's text; about sixty others, such as decision.reason, would have shown their column's name).
 */
class ConflictFieldNamesTest {
    @Test
    void everyFieldTwoSidesCanChangeDifferentlyHasAName() {
        List<String> unnamed = new ArrayList<>();
        for (EntityType type : Catalogue.SYNCED) {
            List<String> compared = new ArrayList<>(type.columns().stream()
                    .filter(c -> c.role() == Role.DATA || c.role() == Role.TEXT).map(Column::name).toList());
            type.lists().forEach(l -> compared.add(l.name()));
            for (String field : compared) {
                Conflict c = new Conflict(type.name(), "k", field, ConflictKind.values()[0], "t", "a", "b", "c",
                        false);
                if (SyncViewModel.fieldName(c).equals(field)) {
                    unnamed.add(type.name() + "." + field);
                }
            }
        }
        assertThat(unnamed).isEmpty();
    }
}
