package se.ledamot.store.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import se.ledamot.store.jooq.Public;

/**
 * The catalogue is the one description of what an export holds and what a sync sends: a table or a column added by a
 * later migration and not described there would be silently left behind by both. These tests fail first.
 */
class CatalogueTest {
    @Test
    void everyTableIsDescribedOrNamedAsNotShared() {
        Set<Table<?>> described = new HashSet<>();
        for (EntityType t : Catalogue.ALL) {
            described.add(t.table());
            t.lists().forEach(l -> described.add(l.table()));
        }
        for (Table<?> table : Public.PUBLIC.getTables()) {
            assertThat(described.contains(table) || Catalogue.NOT_SHARED.contains(table))
                    .as("table %s is neither in the Catalogue nor in Catalogue.NOT_SHARED", table.getName())
                    .isTrue();
        }
    }

    @Test
    void everyColumnOfADescribedTableIsDescribed() {
        for (EntityType t : Catalogue.ALL) {
            Set<Field<?>> covered = new HashSet<>();
            if (t.hasUid()) {
                covered.add(t.id());
                covered.add(t.uid());
            }
            t.columns().forEach(c -> covered.add(c.field()));
            if (!t.rootless()) {
                assertAllCovered(t.table(), covered);
            }
            for (ListPart l : t.lists()) {
                Set<Field<?>> inList = new HashSet<>(l.link());
                inList.addAll(l.order());
                l.columns().forEach(c -> inList.add(c.field()));
                assertAllCovered(l.table(), inList);
            }
        }
    }

    @Test
    void listsHangOnOneColumnAndNamesDoNotClash() {
        for (EntityType t : Catalogue.ALL) {
            // A thing named by a uid has "uid" and "id" in its JSON beside its columns.
            Set<String> names = new HashSet<>(t.hasUid() ? List.of("uid", "id") : List.of());
            t.columns().forEach(c -> assertThat(names.add(c.name())).as(t + "." + c.name()).isTrue());
            for (ListPart l : t.lists()) {
                assertThat(names.add(l.name())).as(t + "." + l.name()).isTrue();
                assertThat(l.link()).as(t + "." + l.name()).hasSize(1);
                assertThat(l.columns()).noneMatch(c -> c.role() == Role.REF);
                assertThat(l.merge() == Merge.WHOLE || l.identity() != null).as(l.name()).isTrue();
            }
            assertThat(t.localKeyFields().size() == 1 || t.lists().isEmpty()).as(t.name()).isTrue();
        }
    }

    @Test
    void referencesPointBackwardsInTheCatalogue() {
        for (int i = 0; i < Catalogue.ALL.size(); i++) {
            EntityType t = Catalogue.ALL.get(i);
            for (Column c : t.columns()) {
                if (c.role() == Role.REF) {
                    int target = Catalogue.ALL.indexOf(Catalogue.require(c.target()));
                    assertThat(target).as(t + "." + c.name() + " refers to a kind that comes before it")
                            .isLessThan(i);
                }
            }
        }
    }

    private static void assertAllCovered(Table<?> table, Set<Field<?>> covered) {
        for (Field<?> f : table.fields()) {
            if (Catalogue.NOT_SHARED_COLUMNS.contains(f)) {
                continue;
            }
            assertThat(covered).as("column %s.%s is not in the Catalogue", table.getName(), f.getName())
                    .contains(f);
        }
    }
}
