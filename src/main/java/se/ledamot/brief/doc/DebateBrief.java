package se.ledamot.brief.doc;

import se.ledamot.l10n.Dates;
import static se.ledamot.brief.doc.Composer.t;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import se.ledamot.brief.layout.Align;
import se.ledamot.brief.layout.Anchor;
import se.ledamot.brief.layout.Block;
import se.ledamot.brief.layout.Document;
import se.ledamot.brief.layout.Rgb;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.debate.DebateMaterial;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.Position;
import se.ledamot.domain.meeting.Stance;
import se.ledamot.l10n.Localization;

/**
 * The debate brief (debattunderlag) for one meeting, optionally for one party group: a first page with the meeting
 * written out, the working-material mark and the agenda with page numbers, then the items one after another. An item
 * is kept together on a page when it fits on one and starts a page of its own when it is longer (see
 * {@link Block.Together}), but runs on below the one before rather than leave a third of a page empty, so a short
 * item (Val av justerare) never takes a page alone. Each item shows the matter's particulars, its
 * clauses or questions under their own names, the prepared proposal under the name of the body that prepared it, the
 * answer, the group's position, the speakers (the group's speaker among them) and a small timeline.
 */
public final class DebateBrief {
    private static final float[] TIMELINE = {0.3f, 0.7f};

    private DebateBrief() {
    }

    /**
     * @param council the municipality or council named on the cover, or null
     */
    /** @param zone the program's clock's: where the timelines' moments fall on days, as today does */
    public static Document of(DebateMaterial material, String council, Deadlines deadlines, LocalDate today,
            Instant created, ZoneId zone) {
        Composer c = new Composer(HouseStyle.DESK);
        Meeting meeting = material.meeting();
        cover(c, material, council, today);
        c.h1(t("debate.agenda"), new Anchor("agenda", t("debate.agenda"), 1));
        List<Block.Contents.Entry> entries = new ArrayList<>();
        for (DebateMaterial.Item item : material.items()) {
            entries.add(agendaEntry(material, item));
        }
        c.contents(entries);
        c.pageBreak();
        boolean first = true;
        for (DebateMaterial.Item item : material.items()) {
            if (!first) {
                c.separator();
            }
            c.section().together();
            item(c, material, item, deadlines, today, zone);
            c.endTogether();
            first = false;
        }
        String day = Dates.date(meeting.date());
        String label = meeting.body() + " " + day + material.groupIfAny().map(g -> " · " + g).orElse("");
        return c.build(t("debate.documentTitle", material.body().name(), day),
                material.groupIfAny().map(g -> t("debate.groupAuthor", g)).orElse(t("debate.author")),
                t("debate.subject", label), t("debate.header", label), false, created);
    }

    /**
     * An item on the cover's list: for a group, a mark on those it has still to go through at its meeting, and under
     * the item its stance and speaker where it has them (at the council meeting one looks up there how it votes).
     */
    private static Block.Contents.Entry agendaEntry(DebateMaterial material, DebateMaterial.Item item) {
        String line = itemHeading(item);
        if (material.groupIfAny().isEmpty()) {
            return new Block.Contents.Entry(anchorId(item.item()), line);
        }
        List<String> note = new ArrayList<>();
        item.position().ifPresent(p -> {
            if (p.isDecided()) {
                note.add(Localization.stance(p.stance(), item.matter().map(Matter::kind).orElse(null)));
            }
            if (p.speaker() != null && !p.speaker().isBlank()) {
                // The name whole on a line: a note that wraps does so before it, never inside it.
                note.add(t("debate.agendaSpeaker", p.speaker().strip().replace(' ', '\u00a0')));
            }
        });
        return new Block.Contents.Entry(anchorId(item.item()),
                toReview(item) && !reviewed(item) ? t("debate.agendaNotReviewed", line) : line,
                note.isEmpty() ? null : String.join(" · ", note));
    }

    private static String anchorId(AgendaItem item) {
        return "item-" + item.number();
    }

    /** "Punkt 5  Upprätta en integrationsplan": the number the kallelse gives it, not a protokoll's §. */
    private static String itemHeading(DebateMaterial.Item item) {
        return itemNumber(item) + "  " + item.matter().map(MatterSections::title).orElse(item.title());
    }

    private static String itemNumber(DebateMaterial.Item item) {
        return t("debate.item", item.number());
    }

    /** The title block: who meets, when and where, for which group, and that the paper is working material. */
    private static void cover(Composer c, DebateMaterial material, String council, LocalDate today) {
        var st = c.style();
        Meeting meeting = material.meeting();
        Body body = material.body();
        if (council != null && !council.isBlank()) {
            c.line(st.h2().color(Rgb.GREY), council, Align.LEFT, 2);
        }
        c.line(st.h1().color(Rgb.GREY), body.name(), Align.LEFT, 2);
        c.title(t("debate.title"), null);
        c.line(st.h2(), Dates.meeting(meeting.date(), meeting.time()), Align.LEFT, 2);
        if (meeting.place() != null) {
            c.line(st.body(), meeting.place(), Align.LEFT, 4);
        }
        material.groupIfAny().ifPresent(g -> c.line(st.body(), t("debate.group", g), Align.LEFT, 2));
        int items = material.items().size();
        // Counted against the kallelse's list, which has the standard items (Upprop …) the brief leaves out.
        c.line(st.body(), items < material.listed() ? t("debate.itemsOf", items, material.listed())
                : t("debate.items", items), Align.LEFT, 2);
        if (body.firstSpeechMinutes() > 0) {
            c.line(st.body(), t("debate.speechLimits", body.firstSpeechMinutes(), body.laterSpeechMinutes(),
                    body.replyMinutes()), Align.LEFT, 2);
        }
        c.rule();
        c.line(st.h2().color(Rgb.ACCENT), t("marking").toUpperCase(Localization.locale()), Align.LEFT, 2);
        c.line(st.bodyItalic(), material.groupIfAny().isPresent() ? t("debate.privateGroup") : t("debate.private"),
                Align.LEFT, 2);
        c.line(st.small(), t("debate.made", Dates.date(today)), Align.LEFT, 0);
        c.rule();
    }

    private static void item(Composer c, DebateMaterial material, DebateMaterial.Item item, Deadlines deadlines,
            LocalDate today, ZoneId zone) {
        AgendaItem agenda = item.item();
        String heading = itemHeading(item);
        item.matter().ifPresentOrElse(
                m -> c.kicker(MatterSections.kicker(m).isEmpty() ? itemNumber(item)
                        : itemNumber(item) + " · " + MatterSections.kicker(m)),
                () -> c.kicker(itemNumber(item)));
        c.h1(item.matter().map(MatterSections::title).orElse(item.title()), new Anchor(anchorId(agenda), heading, 1));
        if (item.matter().isPresent() && agenda.text() != null) {
            c.text(agenda.text(), Align.LEFT);
        }
        item.matter().ifPresent(m -> {
            MatterSections.facts(c, m, deadlines, today);
            MatterSections.clauses(c, m);
        });
        MatterSections.prepared(c, item.matter().map(Matter::responsibleBody).orElse(null), agenda.proposal());
        // A procedural item (Val av justerare) with nothing to decide says so rather than stand as a bare heading.
        if (item.matter().isEmpty() && item.position().isEmpty() && agenda.motionsMoved().isEmpty()
                && (agenda.proposal() == null || agenda.proposal().isBlank())) {
            c.line(c.style().bodyItalic(), t("debate.nothingToDecide"), Align.LEFT, c.style().body().size() * 0.5f);
        }
        item.matter().filter(m -> m.kind().hasAddressee()).ifPresent(m -> {
            c.h2(t("answer"));
            if (m.answer().isBlank()) {
                c.line(c.style().bodyItalic(), t("answer.none"), Align.LEFT, c.style().body().size() * 0.5f);
            } else {
                c.text(m.answer(), Align.JUSTIFY);
            }
        });
        if (!agenda.motionsMoved().isEmpty()) {
            c.h2(t("debate.motionsMoved"));
            c.list(IntStream.rangeClosed(1, agenda.motionsMoved().size()).mapToObj(i -> i + ".").toList(),
                    agenda.motionsMoved());
        }
        // A procedural item (Val av justerare) shows the group's position only when the group has one.
        // The group's stance and who speaks are read together: neither heads a page apart from the other.
        c.together();
        if (item.matter().isPresent() || item.position().isPresent()) {
            material.groupIfAny().ifPresent(group -> position(c, group, item));
        }
        item.matter().ifPresent(m -> Speakers.print(c, material.groupIfAny().flatMap(g -> item.position())
                .map(Position::speaker).orElse(null), item.speakers()));
        c.endTogether();
        item.matter().ifPresent(m -> timeline(c, m, item, deadlines, zone));
    }

    /** The group's stance, arguments and notes; who speaks for the group is told with the speakers. */
    private static void position(Composer c, String group, DebateMaterial.Item item) {
        c.h2(t("debate.position", group));
        Position p = item.position().orElse(null);
        if (toReview(item)) {
            c.leadIn(t("debate.review"), t(reviewed(item) ? "debate.reviewed" : "debate.notReviewed"));
        }
        if (p == null || !p.isDecided() && p.speaker() == null && p.arguments().isBlank() && p.notes().isBlank()) {
            c.line(c.style().bodyItalic(), t("debate.noPosition"), Align.LEFT, c.style().body().size() * 0.5f);
            return;
        }
        c.leadIn(t("debate.stance"), p.stance() == null ? t("debate.stanceOpen")
                : Localization.stance(p.stance(), item.matter().map(Matter::kind).orElse(null)));
        // Under Eget yrkande the group writes its yrkande there: the speaker reads it as such, to move it.
        c.leadIn(t(p.stance() == Stance.OWN ? "debate.ownMotion" : "debate.arguments"), p.arguments());
        c.leadIn(t("debate.notes"), p.notes());
    }

    /** An item the group has to take a stand on, so goes through at its group meeting (not Val av justerare). */
    private static boolean toReview(DebateMaterial.Item item) {
        return Position.needed(item.item(), item.matter().isPresent());
    }

    private static boolean reviewed(DebateMaterial.Item item) {
        return item.position().map(Position::reviewed).orElse(false);
    }

    private static void timeline(Composer c, Matter m, DebateMaterial.Item item, Deadlines deadlines,
            ZoneId zone) {
        List<List<String>> rows = MatterSections.timeline(m, item.changes(), deadlines, zone);
        if (!rows.isEmpty()) {
            c.h2(t("timeline"));
            c.table(TIMELINE, List.of(t("column.date"), t("column.event")), rows);
        }
    }
}
