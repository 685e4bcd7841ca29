package se.ledamot.store;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import se.ledamot.domain.Matter;
import se.ledamot.importer.ImportItem;
import se.ledamot.importer.SourceFile;
import se.ledamot.importer.draft.HandlingarPart.Target;

/**
 * A part of a combined PDF of papers kept with the matter it was matched to (issue 17.2): its pages as an attachment
 * of that matter, and what the part says filled into the matter where the matter says nothing yet — a kallelse gives
 * a matter its heading only, its paper gives the text, the date, the att-satser — and its förslag till beslut the
 * agenda item's proposal. Nothing stored is overwritten.
 */
final class PartPapers {
    private final DSLContext dsl;
    private final Clock clock;

    PartPapers(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /**
     * Keeps the part with its matter, in the caller's transaction; empty when the matter is gone (in the trash or
     * deleted meanwhile), then the part is stored as a matter of its own.
     */
    Optional<Matter> attach(ImportItem item, boolean sample) {
        Target target = item.part().target();
        MatterStore matters = new MatterStore(dsl, clock);
        Optional<Matter> found = matters.findNotTrashed(target.matterId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Matter filled = filled(found.get(), item.draft().matter());
        matters.save(filled);
        SourceFile source = item.source();
        new AttachmentStore(dsl, clock).add(filled.id(), source, ImportStore.answerHash(item), sample);
        if (target.meetingId() != null) {
            AgendaStore agendas = new AgendaStore(dsl, clock);
            agendas.itemFor(target.meetingId(), filled.id()).ifPresent(a -> MeetingImportStore.proposed(agendas,
                    a.id(), null, item.part().proposal()));
        }
        return matters.find(filled.id());
    }

    /**
     * The stored matter with its empty fields taken from the paper; the paper's text is added to the body (replacing
     * it when it holds it already).
     */
    static Matter filled(Matter stored, Matter paper) {
        Matter.Builder b = stored.toBuilder();
        if (blank(stored.number())) {
            b.number(paper.number());
        }
        if (blank(stored.body()) || contains(paper.body(), stored.body())) {
            b.body(paper.body());
        } else if (!contains(stored.body(), paper.body())) {
            b.body(stored.body() + "\n\n" + paper.body()); // a kallelse's heading, or what the user wrote, then the paper
        }
        if (stored.submitted() == null) {
            b.submitted(paper.submitted());
        }
        if (blank(stored.place())) {
            b.place(paper.place());
        }
        if (stored.authors().isEmpty()) {
            b.authors(paper.authors());
        }
        if (stored.addressee() == null) {
            b.addressee(paper.addressee());
        }
        if (stored.proposals().isEmpty()) {
            b.proposals(paper.proposals());
        }
        if (stored.questions().isEmpty()) {
            b.questions(paper.questions());
        }
        if (blank(stored.answer())) {
            b.answer(paper.answer());
        }
        return b.build();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The paper's text holds the stored text (whitespace and case aside), so replacing it loses nothing. */
    private static boolean contains(String paper, String stored) {
        return paper != null && squeezed(paper).contains(squeezed(stored));
    }

    private static String squeezed(String s) {
        return SourceFile.normalized(s).toLowerCase(Locale.ROOT);
    }
}
