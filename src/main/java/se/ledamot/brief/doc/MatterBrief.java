package se.ledamot.brief.doc;

import static se.ledamot.brief.doc.Composer.t;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import se.ledamot.brief.layout.Align;
import se.ledamot.brief.layout.Anchor;
import se.ledamot.brief.layout.Document;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterChange;

/** The matter brief (ärendeunderlag): one matter with everything known about it, its timeline and its history. */
public final class MatterBrief {
    private static final float[] TIMELINE = {0.3f, 0.7f};
    private static final float[] HISTORY = {0.3f, 0.3f, 0.4f};

    private MatterBrief() {
    }

    /** @param zone the program's clock's: where the timeline's moments fall on days and hours, as today does */
    public static Document of(Matter m, List<MatterChange> changes, Deadlines deadlines, LocalDate today,
            Instant created, ZoneId zone) {
        Composer c = new Composer(HouseStyle.DESK);
        c.kicker(MatterSections.kicker(m));
        String title = MatterSections.title(m);
        c.title(title, new Anchor("matter", title, 1));
        MatterSections.facts(c, m, deadlines, today);
        MatterSections.clausesAbove(c, m, m.bodyBeforeAnswer());
        if (!m.bodyBeforeAnswer().isBlank()) {
            String original = MatterSections.originalHeading(m);
            c.h1(original, new Anchor("body", original, 1));
            MatterSections.textWithQuestions(c, m, m.bodyBeforeAnswer());
        }
        if (!m.answer().isBlank()) {
            c.h1(t("answer"), new Anchor("answer", t("answer"), 1));
            c.text(m.answer(), Align.JUSTIFY);
        }
        List<List<String>> timeline = MatterSections.timeline(m, changes, deadlines, zone);
        if (!timeline.isEmpty()) {
            c.h1(t("timeline"), new Anchor("timeline", t("timeline"), 1));
            c.table(TIMELINE, List.of(t("column.date"), t("column.event")), timeline);
        }
        if (!changes.isEmpty()) {
            c.h1(t("history"), new Anchor("history", t("history"), 1));
            c.table(HISTORY, List.of(t("column.when"), t("column.field"), t("column.change")),
                    MatterSections.history(m.kind(), changes, zone));
        }
        String header = t("matter.header", MatterSections.kindAndNumber(m));
        return c.build(title, MatterSections.authors(m), t("matter.subject", MatterSections.kindAndNumber(m)), header,
                true, created);
    }
}
