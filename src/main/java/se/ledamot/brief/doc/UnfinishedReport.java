package se.ledamot.brief.doc;

import static se.ledamot.brief.doc.Composer.t;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.ledamot.brief.layout.Align;
import se.ledamot.brief.layout.Anchor;
import se.ledamot.brief.layout.Document;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.UnfinishedMotions;

/**
 * The report to the council of motions not decided within a year (Kommunallagen 5 kap. 35 §): each motion with its
 * age, the day its year ran out, where its preparation stands and any prepared proposal.
 */
public final class UnfinishedReport {
    private UnfinishedReport() {
    }

    /** @param council the municipality or council named in the heading, or null */
    public static Document of(List<UnfinishedMotions.Entry> entries, LocalDate day, String council,
            Instant created) {
        Composer c = new Composer(HouseStyle.DESK);
        var st = c.style();
        if (council != null && !council.isBlank()) {
            c.kicker(council);
        }
        c.title(t("unfinished.title"), new Anchor("report", t("unfinished.title"), 1));
        // Citizen proposals have their own count: they are not motions.
        long proposals = entries.stream().filter(e -> e.matter().kind() == MatterKind.CITIZEN_PROPOSAL).count();
        c.line(st.label(), t("unfinished.asOf", Dates.date(day), entries.size() - proposals, proposals), Align.LEFT,
                st.body().size());
        c.text(t("unfinished.intro"), Align.JUSTIFY);
        if (entries.isEmpty()) {
            c.line(st.bodyItalic(), t("unfinished.none"), Align.LEFT, 0);
        }
        for (UnfinishedMotions.Entry e : entries) {
            Matter m = e.matter();
            String heading = (m.number() == null ? "" : m.number() + "  ") + MatterSections.title(m);
            c.section().h1(heading, new Anchor("m" + m.id(), heading, 1));
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {t("field.kind"), MatterSections.kicker(m)});
            rows.add(new String[] {t("field.submitted"), MatterSections.submitted(m)});
            rows.add(new String[] {t("field.authors"), MatterSections.authors(m)});
            rows.add(new String[] {t("field.responsible_body"), m.responsibleBody()});
            rows.add(new String[] {t("field.status"), MatterSections.status(m)});
            rows.add(new String[] {t("unfinished.limit"), Dates.date(e.limit())});
            rows.add(new String[] {t("unfinished.age"), t("unfinished.months", e.monthsOld())});
            c.facts(rows);
            e.preparedProposal().ifPresent(p -> MatterSections.prepared(c, m.responsibleBody(), p));
        }
        return c.build(t("unfinished.title"), council == null ? t("debate.author") : council,
                t("unfinished.subject", Dates.date(day)), t("unfinished.header", Dates.date(day)), true, created);
    }
}
