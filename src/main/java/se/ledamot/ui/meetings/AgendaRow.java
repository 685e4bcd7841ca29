package se.ledamot.ui.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.ledamot.brief.doc.Kallelse;
import se.ledamot.domain.Deadline;
import se.ledamot.domain.Matter;
import se.ledamot.domain.Urgency;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.papers.StandardItem;
import se.ledamot.l10n.Dates;
import se.ledamot.l10n.Grammar;
import se.ledamot.l10n.Localization;
import se.ledamot.service.AgendaPlace;
import se.ledamot.service.AgendaEntry;

/**
 * One place on the föredragningslista as the agenda shows it: its number, matter or text, nearest deadline and
 * whether it came late.
 *
 * @param item     the agenda item, or null for one of the body's standard items not on the agenda yet
 * @param number   the place's number on the kallelse (the body's standard items counted), so screen and paper agree
 * @param standard the body's standard item this place is ("Upprop"), or null for a matter or another free-text item
 */
public record AgendaRow(AgendaItem item, int number, Matter matter, Optional<Deadline> deadline, boolean late,
        LocalDate today, StandardItem standard) {

    /** The rows of the kallelse's list (PaperService.noticeAgenda) in its order. */
    public static List<AgendaRow> of(List<AgendaPlace> places, LocalDate today) {
        return places.stream().map(p -> {
            AgendaEntry e = p.entry();
            return e == null ? new AgendaRow(null, p.number(), null, Optional.empty(), false, today, p.standard())
                    : new AgendaRow(e.item(), p.number(), e.matter().orElse(null), e.deadline(), e.late(), today,
                            p.standard());
        }).toList();
    }

    /**
     * One of the body's standard items ("Upprop", "Meddelanden"): the kallelse puts it in its place whatever the
     * agenda's order, so it is not moved, and one not on the agenda is not taken off it.
     */
    public boolean fixed() {
        return standard != null;
    }

    /** "Punkt 5". */
    public String label() {
        return Localization.get("meeting.item", number);
    }

    public String heading() {
        if (item == null) {
            return Kallelse.title(standard);
        }
        return matter == null ? Kallelse.title(standard, item.text()) : Grammar.heading(matter.kind(), matter.title());
    }

    /** "om 3 dagar", "försenad 12 dagar", or "" without a deadline. */
    public String due() {
        return deadline.map(d -> Grammar.due(d, today)).orElse("");
    }

    public Urgency urgency() {
        return deadline.map(d -> d.urgency(today)).orElse(Urgency.NONE);
    }

    /**
     * The whole line: "Punkt 6  Motion om cykelvägar  [1 mars 2027, om 99 dagar]  SEN"; the day written out, as
     * people read it (walk22: it read "[2027-11-01, om 11 månader]", a table's form, in a line of words).
     */
    public String line() {
        return label() + "  " + heading()
                + deadline.map(d -> "  [" + Dates.date(d.date()) + ", " + due() + "]").orElse("")
                + (late ? "  " + Localization.get("meeting.ui.late") : "");
    }
}
