package se.ledamot.brief.doc;

import static se.ledamot.brief.doc.Composer.t;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import se.ledamot.brief.layout.Align;
import se.ledamot.brief.layout.Anchor;
import se.ledamot.brief.layout.Block;
import se.ledamot.brief.layout.Document;
import se.ledamot.brief.layout.Rgb;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.debate.DebateMaterial;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.Position;

/**
 * The debate brief (debattunderlag) for one meeting, optionally for one party group: a cover marked as working
 * material, the agenda with page numbers, then each item on its own page (a free-text item shares it with the next
 * item) with the matter's particulars, its clauses
 * or questions, the prepared proposal or the answer, the group's position, speaker, arguments and notes, the list of
 * speakers, and a small timeline.
 */
public final class DebateBrief {
    private static final float[] TIMELINE = {0.2f, 0.8f};
    /** A speaker's text up to this length is printed; a longer one is only noted, as it has its own paper. */
    private static final int SHORT_SPEECH = 200;
    private static final Pattern ATT = Pattern.compile("att\\s");

    private DebateBrief() {
    }

    /**
     * @param council the municipality or council named on the cover, or null
     */
    public static Document of(DebateMaterial material, String council, Deadlines deadlines, LocalDate today,
            Instant created) {
        Composer c = new Composer(HouseStyle.DESK);
        Meeting meeting = material.meeting();
        cover(c, material, council, today);
        c.pageBreak();
        c.h1(t("debate.agenda"), new Anchor("agenda", t("debate.agenda"), 1));
        List<Block.Contents.Entry> entries = new ArrayList<>();
        for (DebateMaterial.Item item : material.items()) {
            entries.add(new Block.Contents.Entry(anchorId(item.item()), itemHeading(item)));
        }
        c.contents(entries);
        DebateMaterial.Item previous = null;
        for (DebateMaterial.Item item : material.items()) {
            // A short free-text item (Val av justerare) shares its page with what follows instead of filling one.
            if (previous == null || previous.matter().isPresent()) {
                c.pageBreak();
            } else {
                c.rule();
            }
            c.section();
            item(c, material, item, deadlines, today);
            previous = item;
        }
        String label = meeting.label() + material.groupIfAny().map(g -> " · " + g).orElse("");
        return c.build(t("debate.documentTitle", material.body().name(), meeting.date().toString()),
                material.groupIfAny().map(g -> t("debate.groupAuthor", g)).orElse(t("debate.author")),
                t("debate.subject", meeting.label()), t("debate.header", label), false, created);
    }

    private static String anchorId(AgendaItem item) {
        return "item-" + item.number();
    }

    private static String itemHeading(DebateMaterial.Item item) {
        return "§ " + item.item().number() + "  " + item.title();
    }

    private static void cover(Composer c, DebateMaterial material, String council, LocalDate today) {
        var st = c.style();
        Meeting meeting = material.meeting();
        Body body = material.body();
        c.space(st.body().size() * 9);
        if (council != null && !council.isBlank()) {
            c.line(st.h2(), council, Align.LEFT, 4);
        }
        c.line(st.h1().color(Rgb.GREY), body.name(), Align.LEFT, 6);
        c.title(t("debate.title"), null);
        c.line(st.h2(), t("debate.meeting", meeting.date().toString(),
                meeting.time() == null ? "" : t("debate.time", meeting.time().toString()),
                meeting.place() == null ? "" : ", " + meeting.place()), Align.LEFT, 4);
        material.groupIfAny().ifPresent(g -> c.line(st.h2(), t("debate.group", g), Align.LEFT, 4));
        c.line(st.body(), t("debate.items", material.items().size()), Align.LEFT, 4);
        if (body.firstSpeechMinutes() > 0) {
            c.line(st.body(), t("debate.speechLimits", body.firstSpeechMinutes(), body.laterSpeechMinutes(),
                    body.replyMinutes()), Align.LEFT, 4);
        }
        c.space(st.body().size() * 4);
        c.rule();
        c.line(st.title().color(Rgb.ACCENT), t("marking").toUpperCase(java.util.Locale.ROOT), Align.LEFT, 4);
        c.line(st.bodyItalic(), material.groupIfAny().isPresent() ? t("debate.privateGroup") : t("debate.private"),
                Align.LEFT, 4);
        c.line(st.small(), t("debate.made", today.toString()), Align.LEFT, 0);
    }

    private static void item(Composer c, DebateMaterial material, DebateMaterial.Item item, Deadlines deadlines,
            LocalDate today) {
        AgendaItem agenda = item.item();
        String heading = itemHeading(item);
        item.matter().ifPresentOrElse(
                m -> c.kicker("§ " + agenda.number() + " · " + MatterSections.kicker(m)),
                () -> c.kicker("§ " + agenda.number()));
        c.h1(item.title(), new Anchor(anchorId(agenda), heading, 1));
        if (item.matter().isPresent() && agenda.text() != null) {
            c.text(agenda.text(), Align.LEFT);
        }
        item.matter().ifPresent(m -> {
            MatterSections.facts(c, m, deadlines, today);
            MatterSections.clauses(c, m);
        });
        if (!agenda.proposal().isBlank()) {
            c.h2(t("debate.proposal"));
            proposal(c, agenda.proposal());
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
        material.groupIfAny().ifPresent(group -> position(c, group, item));
        item.matter().ifPresent(m -> speakers(c, item.speakers()));
        item.matter().ifPresent(m -> timeline(c, m, item, deadlines));
    }

    /**
     * A prepared proposal: its opening as running text, then each line that starts with "att" as a clause of a hanging
     * list, as the motion's own clauses are set; a clause runs on until the next "att" line.
     */
    private static void proposal(Composer c, String text) {
        StringBuilder lead = new StringBuilder();
        List<String> clauses = new ArrayList<>();
        for (String line : text.strip().split("\\R")) {
            String s = line.strip();
            if (ATT.matcher(s).lookingAt()) {
                clauses.add(s.substring(3).strip());
            } else if (clauses.isEmpty()) {
                lead.append(line).append('\n');
            } else if (!s.isEmpty()) {
                clauses.set(clauses.size() - 1, clauses.getLast() + " " + s);
            }
        }
        c.text(lead.toString(), Align.JUSTIFY);
        c.list(clauses.stream().map(x -> t("att")).toList(), clauses);
    }

    private static void position(Composer c, String group, DebateMaterial.Item item) {
        c.h2(t("debate.position", group));
        Position p = item.position().orElse(null);
        if (p == null || !p.isDecided() && p.speaker() == null && p.arguments().isBlank() && p.notes().isBlank()) {
            c.line(c.style().bodyItalic(), t("debate.noPosition"), Align.LEFT, c.style().body().size() * 0.5f);
            return;
        }
        c.leadIn(t("debate.stance"), p.stance() == null ? t("debate.stanceOpen") : t("stance." + p.stance().code()));
        c.leadIn(t("debate.speaker"), p.speaker() == null ? "–" : p.speaker());
        if (!p.arguments().isBlank()) {
            c.leadIn(t("debate.arguments"), "");
            c.text(p.arguments(), Align.JUSTIFY);
        }
        if (!p.notes().isBlank()) {
            c.leadIn(t("debate.notes"), "");
            c.text(p.notes(), Align.JUSTIFY);
        }
    }

    /** The list of speakers in order; a speech's text is only noted, unless it is a line or two. */
    private static void speakers(Composer c, List<Speaker> speakers) {
        c.h2(t("debate.speakers"));
        if (speakers.isEmpty()) {
            c.line(c.style().bodyItalic(), t("debate.noSpeakers"), Align.LEFT, c.style().body().size() * 0.5f);
            return;
        }
        List<String> lines = new ArrayList<>();
        for (Speaker s : speakers) {
            String text = s.text().strip();
            String note = text.isEmpty() ? "" : text.length() <= SHORT_SPEECH
                    ? " — " + text.replaceAll("\\s+", " ") : " " + t("debate.speechText");
            lines.add(t("debate.speakerLine", s.person().display(), t("speech." + s.kind().code()), s.minutes())
                    + note);
        }
        c.list(IntStream.rangeClosed(1, speakers.size()).mapToObj(i -> i + ".").toList(), lines);
    }

    private static void timeline(Composer c, Matter m, DebateMaterial.Item item, Deadlines deadlines) {
        List<List<String>> rows = MatterSections.timeline(m, item.changes(), deadlines);
        if (!rows.isEmpty()) {
            c.h2(t("timeline"));
            c.table(TIMELINE, List.of(t("column.date"), t("column.event")), rows);
        }
    }
}
