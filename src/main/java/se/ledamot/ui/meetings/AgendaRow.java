package se.ledamot.ui.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.ledamot.domain.Deadline;
import se.ledamot.domain.Matter;
import se.ledamot.domain.Urgency;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.l10n.Grammar;
import se.ledamot.l10n.Localization;
import se.ledamot.service.Agenda;

/**
 * One agenda item as the agenda shows it: its number, matter or text, nearest deadline and whether it came late.
 *
 * @param number the item's number on the kallelse (after the body's standard items), so screen and paper agree
 */
public record AgendaRow(AgendaItem item, int number, Matter matter, Optional<Deadline> deadline, boolean late,
        LocalDate today) {

    /**
     * The rows of an agenda as the agenda service gave it.
     *
     * @param numbers each item's number on the kallelse, by item id (PaperService.noticeNumbers)
     */
    public static List<AgendaRow> of(Agenda agenda, Map<Long, Integer> numbers, LocalDate today) {
        return agenda.entries().stream().map(e -> new AgendaRow(e.item(),
                numbers.getOrDefault(e.item().id(), e.item().number()), e.matter().orElse(null), e.deadline(),
                e.late(), today)).toList();
    }

    /** "Punkt 5". */
    public String label() {
        return Localization.get("meeting.item", number);
    }

    public String heading() {
        return matter == null ? item.text() : Grammar.heading(matter.kind(), matter.title());
    }

    /** "om 3 dagar", "försenad 12 dagar", or "" without a deadline. */
    public String due() {
        return deadline.map(d -> Grammar.due(d, today)).orElse("");
    }

    public Urgency urgency() {
        return deadline.map(d -> d.urgency(today)).orElse(Urgency.NONE);
    }

    /** The whole line: "Punkt 6  Motion om cykelvägar  [2027-03-01, om 99 dagar]  SEN". */
    public String line() {
        return label() + "  " + heading()
                + deadline.map(d -> "  [" + d.date() + ", " + due() + "]").orElse("")
                + (late ? "  " + Localization.get("meeting.ui.late") : "");
    }
}
