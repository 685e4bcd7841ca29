package se.ledamot.domain.meeting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import se.ledamot.domain.Decision;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterChange;
import se.ledamot.domain.MatterField;
import se.ledamot.domain.Status;

/**
 * One thing that has happened in a matter's preparation, for the report of unfinished motions (Kommunallagen 5 kap.
 * 35 §: "vad som har kommit fram vid beredningen"): referred to a body, handled at a meeting of a body (a nämnd's
 * opinion received, the executive board's proposal, the council tabling it or sending it back), or its preparation
 * finished.
 *
 * @param body     the body it was referred to or handled by, if known
 * @param item     the agenda item's number (§), for a meeting
 * @param decision what the meeting decided, if anything yet
 * @param text     the proposal or the decision's wording, "" when none
 */
public record PreparationStep(LocalDate date, Event event, String body, Integer item, Decision decision,
        String text) {
    /** Councils are Swedish: a change at 23.30 UTC on the 31st happened on the 1st. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    public enum Event {
        /** Remitterad: sent to a body for preparation. */
        REFERRED,
        /** On a meeting's agenda: a nämnd's opinion, the board's proposal, the council's tabling or referral back. */
        HANDLED,
        /** Beredd: a proposal for decision exists. */
        PREPARED
    }

    public PreparationStep {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(event, "event");
        text = text == null ? "" : text.strip();
    }

    /** The steps on record for a matter, earliest first. */
    public static List<PreparationStep> of(Matter matter, MatterHistory history) {
        List<PreparationStep> out = new ArrayList<>();
        List<MatterChange> timeline = history.timeline();
        for (int i = 0; i < timeline.size(); i++) {
            MatterChange c = timeline.get(i);
            if (!c.field().equals(MatterField.STATUS.code())) {
                continue;
            }
            LocalDate day = c.at().atZone(ZONE).toLocalDate();
            if (Status.REFERRED.code().equals(c.newValue())) {
                out.add(new PreparationStep(day, Event.REFERRED, bodyAt(matter, timeline, i), null, null, ""));
            } else if (Status.PREPARED.code().equals(c.newValue())) {
                out.add(new PreparationStep(day, Event.PREPARED, null, null, null, ""));
            }
        }
        for (MatterHistory.Appearance a : history.agendas()) {
            AgendaItem item = a.item();
            String text = item.decision() != null && !item.decisionText().isBlank() ? item.decisionText()
                    : item.proposal();
            out.add(new PreparationStep(a.meeting().date(), Event.HANDLED, a.meeting().body(), item.number(),
                    item.decision(), text));
        }
        out.sort(Comparator.comparing(PreparationStep::date));
        return List.copyOf(out);
    }

    /** The responsible body when the change at an index was made: set then or before, else what it was changed from. */
    private static String bodyAt(Matter matter, List<MatterChange> timeline, int index) {
        String field = MatterField.RESPONSIBLE_BODY.code();
        String before = null;
        for (int i = 0; i < timeline.size(); i++) {
            MatterChange c = timeline.get(i);
            if (!c.field().equals(field)) {
                continue;
            }
            if (i <= index || !c.at().isAfter(timeline.get(index).at())) {
                before = c.newValue();
            } else {
                return before != null ? before : c.oldValue();
            }
        }
        return before != null ? before : matter.responsibleBody();
    }
}
