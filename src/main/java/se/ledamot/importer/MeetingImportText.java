package se.ledamot.importer;

import java.util.ArrayList;
import java.util.List;
import se.ledamot.domain.Matter;
import se.ledamot.importer.draft.AgendaLine;
import se.ledamot.importer.draft.HandlingarPart;
import se.ledamot.importer.draft.MeetingDraft;
import se.ledamot.importer.draft.MeetingImport;
import se.ledamot.importer.draft.MeetingPlan;
import se.ledamot.importer.draft.MeetingPlan.Match;
import se.ledamot.importer.draft.MeetingPlan.Place;
import se.ledamot.l10n.Localization;

/**
 * A meeting document in words, the same for the command line and the window: the meeting it calls, what importing
 * it does (or did), and per item the matter it is about and whether it is new or moved on the agenda.
 */
public final class MeetingImportText {
    private MeetingImportText() {
    }

    /** One item as it will be (or was) stored. */
    public record Row(AgendaLine line, Matter matter, Match match, Place place, int oldNumber) {
        /** "ärende 7 (samma Dnr)", "nytt ärende", "fri text". */
        public String matchText() {
            return switch (match) {
                case FREE_TEXT -> Localization.get("importer.meeting.match.free");
                case NEW -> matter == null ? Localization.get("importer.meeting.match.new")
                        : Localization.get("importer.meeting.match.new") + " " + matter.id();
                case BY_NUMBER -> Localization.get("importer.meeting.match.number", matter.id());
                case BY_TITLE -> Localization.get("importer.meeting.match.title", matter.id());
            };
        }

        /** "ny på dagordningen", "flyttad från punkt 4", or empty when it stays where it was. */
        public String placeText() {
            return switch (place) {
                case SAME -> "";
                case ADDED -> Localization.get("importer.meeting.place.added");
                case MOVED -> Localization.get("importer.meeting.place.moved", oldNumber);
            };
        }
    }

    /**
     * Where a part of combined papers goes: "Hör till punkt 3, ärende 12 ”Fler bänkar” (samma Dnr)", or for a title
     * alone "Kontrollera: punkt 3 … (bara samma rubrik)"; a matter the kallelse is still to store has no number yet.
     */
    public static String partTarget(HandlingarPart.Target t) {
        String matter = t.matterId() == null ? Localization.get("importer.part.target.newMatter", t.title())
                : Localization.get("importer.part.target.matter", t.matterId(), t.title());
        String where = t.agendaNumber() == null ? matter
                : Localization.get("importer.part.target.item", t.agendaNumber(), matter);
        return Localization.get("importer.part.target." + switch (t.how()) {
            case BY_NUMBER -> "byNumber";
            case BY_ITEM -> "byItem";
            case BY_TITLE -> "byTitle";
        }, where);
    }

    /** "Kommunfullmäktige 2027-02-15 kl. 18.30, Sessionssalen". */
    public static String heading(MeetingDraft d) {
        return Localization.get("importer.meeting.heading",
                d.bodyName() == null ? Localization.get("importer.meeting.kind") : d.bodyName(),
                d.date() == null ? "?" : d.date().toString(),
                d.time() == null ? "" : " kl. " + String.format("%02d.%02d", d.time().getHour(), d.time().getMinute()),
                d.place() == null ? "" : ", " + d.place());
    }

    /** "Kommunfullmäktige 2027-02-15": the meeting in a list of files. */
    public static String title(MeetingDraft d) {
        return Localization.get("importer.meeting.heading",
                d.bodyName() == null ? Localization.get("importer.meeting.kind") : d.bodyName(),
                d.date() == null ? "?" : d.date().toString(), "", "");
    }

    /** The items: as planned (or stored), else as read. */
    public static List<Row> rows(MeetingImport m) {
        List<Row> out = new ArrayList<>();
        MeetingPlan plan = m.plan();
        if (plan == null) {
            for (AgendaLine line : m.draft().items()) {
                out.add(new Row(line, null, line.isFreeText() ? Match.FREE_TEXT : Match.NEW, Place.ADDED, 0));
            }
            return out;
        }
        for (int i = 0; i < plan.items().size(); i++) {
            MeetingPlan.Planned p = plan.items().get(i);
            Matter now = m.after() != null ? m.after().items().get(i).matter() : p.matter();
            out.add(new Row(p.line(), now, p.match(), p.place(), p.oldNumber()));
        }
        return out;
    }

    /** What importing does, or did: new meeting or committee, the counts, or that nothing changes. */
    public static String summary(MeetingImport m) {
        MeetingPlan plan = m.plan();
        int items = m.draft().items().size();
        if (plan == null) {
            return Localization.get("importer.meeting.summary", items,
                    m.draft().items().stream().filter(l -> !l.isFreeText()).count(), items, 0);
        }
        List<String> parts = new ArrayList<>();
        if (plan.newBody()) {
            parts.add(Localization.get("importer.meeting.newBody", m.draft().bodyName(), plan.bodyCode()));
        }
        if (plan.newMeeting()) {
            parts.add(Localization.get("importer.meeting.new"));
        } else if (plan.meetingChanged()) {
            parts.add(Localization.get("importer.meeting.changed"));
        }
        parts.add(plan.unchanged() ? Localization.get("importer.meeting.unchanged", items)
                : Localization.get("importer.meeting.summary", items, plan.count(Match.NEW), plan.count(Place.ADDED),
                        plan.count(Place.MOVED)));
        if (!plan.leftOver().isEmpty()) {
            parts.add(Localization.get("importer.meeting.leftOver", plan.leftOver().size()));
        }
        if (!m.proposalsKept().isEmpty()) {
            parts.add(Localization.get("importer.meeting.proposalsKept", m.proposalsKept().stream()
                    .map(l -> "§ " + l.number() + " " + l.text()).collect(java.util.stream.Collectors.joining(", "))));
        }
        return String.join(" ", parts);
    }
}
