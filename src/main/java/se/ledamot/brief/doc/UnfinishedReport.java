package se.ledamot.brief.doc;

import se.ledamot.l10n.Dates;
import static se.ledamot.brief.doc.Composer.t;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.ledamot.brief.layout.Align;
import se.ledamot.brief.layout.Anchor;
import se.ledamot.brief.layout.Document;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.UnfinishedMotions;
import se.ledamot.l10n.Grammar;
import se.ledamot.l10n.Localization;
import se.ledamot.l10n.PreparationText;

/**
 * The report to the council of motions and citizen proposals not decided within a year (Kommunallagen 5 kap. 35 §,
 * 8 kap.): every one whose year ends before the council's next report, motions and citizen proposals each
 * in their own part, with its age, the day its year runs out, "vad som har kommit fram vid beredningen" (each step of
 * its preparation on record), any prepared proposal, and the proposal to strike it off where the council's rules
 * make one.
 */
public final class UnfinishedReport {
    private UnfinishedReport() {
    }

    /** @param council the municipality or council named in the heading, or null */
    public static Document of(UnfinishedMotions.Report report, String council, Instant created) {
        Composer c = new Composer(HouseStyle.DESK);
        var st = c.style();
        boolean citizen = !report.citizenProposals().isEmpty();
        String title = t(citizen ? "unfinished.title.both" : "unfinished.title");
        if (council != null && !council.isBlank()) {
            c.kicker(council);
        }
        c.title(title, new Anchor("report", title, 1));
        int motions = report.motions().size();
        int proposals = report.citizenProposals().size();
        c.line(st.label(), t("unfinished.asOf", Dates.date(report.day()), motions, proposals,
                Grammar.number(motions, Grammar.COMMON), Grammar.number(proposals, Grammar.NEUTER)), Align.LEFT,
                st.body().size() * 0.3f);
        c.line(st.label(), t("unfinished.selection", Dates.date(report.nextReport())), Align.LEFT, st.body().size());
        c.text(t("unfinished.intro"), Align.JUSTIFY);
        if (citizen) {
            c.text(t("unfinished.intro.citizen"), Align.JUSTIFY);
        }
        if (report.entries().isEmpty()) {
            c.line(st.bodyItalic(), t("unfinished.none", Dates.date(report.nextReport())), Align.LEFT, 0);
        }
        part(c, report, report.motions(), "unfinished.part.motions");
        part(c, report, report.citizenProposals(), "unfinished.part.citizen");
        // A report to the council (5 kap. 35 §) is a public paper: no working-material mark, the council on the right.
        boolean named = council != null && !council.isBlank();
        return c.build(new Document.Info(title, named ? council : t("debate.author"),
                t("unfinished.subject", Dates.date(report.day())), t("unfinished.keywords"),
                Localization.locale().getLanguage(), created), t("unfinished.header", Dates.date(report.day())),
                named ? council : "", List.of(), true);
    }

    /** One part of the report: the motions, or the citizen proposals; nothing when there are none. */
    private static void part(Composer c, UnfinishedMotions.Report report, List<UnfinishedMotions.Entry> entries,
            String headingKey) {
        if (entries.isEmpty()) {
            return;
        }
        String heading = t(headingKey, entries.size());
        c.section().h1(heading, new Anchor(headingKey, heading, 1));
        for (UnfinishedMotions.Entry e : entries) {
            entry(c, report, e);
        }
    }

    private static void entry(Composer c, UnfinishedMotions.Report report, UnfinishedMotions.Entry e) {
        Matter m = e.matter();
        String heading = (m.number() == null ? "" : m.number() + "  ") + MatterSections.title(m);
        c.section().h2(heading, new Anchor("m" + m.id(), heading, 2));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {t("field.kind"), MatterSections.kicker(m)});
        rows.add(new String[] {t("field.submitted"), MatterSections.submitted(m)});
        rows.add(new String[] {t("field.authors"), MatterSections.authors(m)});
        rows.add(new String[] {t("field.responsible_body"), m.responsibleBody()});
        rows.add(new String[] {t("field.status"), MatterSections.status(m)});
        rows.add(new String[] {t("unfinished.limit"), Dates.date(e.limit())
                + (e.late(report.day()) ? " " + t("unfinished.passed") : "")});
        rows.add(new String[] {t("unfinished.age"), t("unfinished.months", e.monthsOld())});
        c.facts(rows);
        c.line(c.style().bodyBold(), t("unfinished.preparation"), Align.LEFT, c.style().body().size() * 0.3f);
        if (e.preparation().isEmpty()) {
            c.line(c.style().bodyItalic(), t("unfinished.preparation.none"), Align.LEFT,
                    c.style().body().size() * 0.6f);
        } else {
            c.list(e.preparation().stream().map(s -> Dates.date(s.date())).toList(),
                    e.preparation().stream().map(PreparationText::event).toList(), Align.LEFT);
        }
        e.preparedProposal().ifPresent(p -> MatterSections.prepared(c, m.responsibleBody(), p));
        if (e.strikeOffProposed()) {
            c.leadIn(t("unfinished.strikeOff.lead"), t(m.kind() == MatterKind.CITIZEN_PROPOSAL
                    ? "unfinished.strikeOff.citizen" : "unfinished.strikeOff.motion"));
        }
    }
}
