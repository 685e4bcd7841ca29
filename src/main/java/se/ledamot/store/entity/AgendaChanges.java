package se.ledamot.store.entity;

import static se.ledamot.store.jooq.Tables.AGENDA_CHANGE;
import static se.ledamot.store.jooq.Tables.AGENDA_ITEM;
import static se.ledamot.store.jooq.Tables.MEETING;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * Notes each change of a meeting or an agenda in a data folder's database (V18), in the same transaction, so the
 * search index can tell in one cheap read that nothing on any agenda changed since it last looked, and which meetings
 * did when something did ({@code SearchFeed.agendaState}). On a shared server nothing is noted: the index lives beside
 * a data folder's own file only (and members may not write the table there).
 */
public final class AgendaChanges {
    private AgendaChanges() {
    }

    /** Whether writing things of this type changes a meeting or an agenda item (rows the index's agendas hold). */
    static boolean counts(EntityType type) {
        return type.table() == MEETING || type.table() == AGENDA_ITEM
                || type.lists().stream().anyMatch(l -> l.table() == MEETING || l.table() == AGENDA_ITEM);
    }

    /** Notes a change of this meeting or its agenda (null: of some meetings), on {@code dsl}'s transaction. */
    public static void count(DSLContext dsl, Long meetingId) {
        if (dsl.dialect().family() == SQLDialect.H2) {
            dsl.insertInto(AGENDA_CHANGE, AGENDA_CHANGE.MEETING_ID).values(meetingId).execute();
        }
    }
}
