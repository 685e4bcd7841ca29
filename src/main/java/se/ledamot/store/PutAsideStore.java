package se.ledamot.store;

import static se.ledamot.store.jooq.Tables.PUT_ASIDE;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import se.ledamot.domain.sync.PutAside;
import se.ledamot.domain.sync.SavedBy;
import se.ledamot.store.jooq.tables.records.PutAsideRecord;

/**
 * Choices put aside (V23's put_aside): kept per form and row, one row per field, replaced whole each time the row's
 * choice is kept again. Only the signed-in login's rows are read or written (on a server row-level security says so
 * too), so a table shared by the users of a server holds each one's own typing.
 */
public final class PutAsideStore {
    private final DSLContext dsl;
    private final Clock clock;

    public PutAsideStore(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Keeps a row's choice, in place of what was kept for it, in one transaction (never half a row). */
    public void keep(PutAside aside) {
        OffsetDateTime at = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        SavedBy by = aside.savedBy();
        dsl.transaction(t -> {
            DSLContext d = t.dsl();
            d.deleteFrom(PUT_ASIDE).where(row(aside.form(), aside.key())).execute();
            for (PutAside.Field f : aside.fields()) {
                d.insertInto(PUT_ASIDE).set(PUT_ASIDE.FORM, aside.form()).set(PUT_ASIDE.ROW_KEY, aside.key())
                        .set(PUT_ASIDE.FIELD, f.code()).set(PUT_ASIDE.TITLE, aside.title())
                        .set(PUT_ASIDE.BASE_TEXT, f.base()).set(PUT_ASIDE.MINE_TEXT, f.mine())
                        .set(PUT_ASIDE.PUT_ASIDE_AT, at).set(PUT_ASIDE.THEIRS_BY, by.name())
                        .set(PUT_ASIDE.THEIRS_PARTY, by.party()).set(PUT_ASIDE.THEIRS_WINDOW, by.otherWindow())
                        .set(PUT_ASIDE.THEIRS_YOU, by.you())
                        .set(PUT_ASIDE.THEIRS_AT, by.at() == null ? null
                                : by.at().atOffset(ZoneOffset.UTC)).execute();
            }
        });
    }

    /** Forgets a row's choice: chosen, or stored without meeting the other's change. */
    public void forget(String form, String key) {
        dsl.deleteFrom(PUT_ASIDE).where(row(form, key)).execute();
    }

    /** The choices a form put aside, in the order they were kept; every form's when {@code form} is null. */
    public List<PutAside> waiting(String form) {
        Condition which = PUT_ASIDE.OWNER.eq(DSL.currentUser());
        if (form != null) {
            which = which.and(PUT_ASIDE.FORM.eq(form));
        }
        Map<List<String>, List<PutAsideRecord>> rows = new LinkedHashMap<>();
        for (PutAsideRecord r : dsl.selectFrom(PUT_ASIDE).where(which)
                .orderBy(PUT_ASIDE.PUT_ASIDE_AT, PUT_ASIDE.FORM, PUT_ASIDE.ROW_KEY, PUT_ASIDE.FIELD).fetch()) {
            rows.computeIfAbsent(List.of(r.getForm(), r.getRowKey()), k -> new ArrayList<>()).add(r);
        }
        return rows.values().stream().map(fields -> {
            PutAsideRecord first = fields.getFirst();
            return new PutAside(first.getForm(), first.getRowKey(), first.getTitle(),
                    first.getPutAsideAt().toInstant(), fields.stream()
                            .map(r -> new PutAside.Field(r.getField(), r.getBaseText(), r.getMineText())).toList(),
                    savedBy(first));
        }).toList();
    }

    private static SavedBy savedBy(PutAsideRecord r) {
        Instant at = Writers.instant(r.getTheirsAt());
        return Boolean.TRUE.equals(r.getTheirsWindow()) ? SavedBy.anotherWindow(at)
                : Boolean.TRUE.equals(r.getTheirsYou()) ? SavedBy.youElsewhere(at)
                : SavedBy.person(r.getTheirsBy(), r.getTheirsParty(), at);
    }

    private static Condition row(String form, String key) {
        return PUT_ASIDE.OWNER.eq(DSL.currentUser()).and(PUT_ASIDE.FORM.eq(form)).and(PUT_ASIDE.ROW_KEY.eq(key));
    }
}
