package se.ledamot.ui.meetings;

import java.time.LocalDate;
import java.util.Optional;
import se.ledamot.domain.Deadline;
import se.ledamot.domain.Matter;
import se.ledamot.domain.Urgency;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.l10n.Grammar;
import se.ledamot.l10n.Localization;
import se.ledamot.service.AgendaEntry;

/** One agenda item as the agenda shows it: its number, matter or text, nearest deadline and whether it came late. */
public record AgendaRow(AgendaItem item, Matter matter, Optional<Deadline> deadline, boolean late, LocalDate today) {

    /** The row of an agenda entry as the agenda service gave it. */
    public static AgendaRow of(AgendaEntry entry, LocalDate today) {
        return new AgendaRow(entry.item(), entry.matter().orElse(null), entry.deadline(), entry.late(), today);
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

    /** The whole line: "§ 2  Motion om cykelvägar  [2027-03-01, om 99 dagar]  SEN". */
    public String line() {
        return "§ " + item.number() + "  " + heading()
                + deadline.map(d -> "  [" + d.date() + ", " + due() + "]").orElse("")
                + (late ? "  " + Localization.get("meeting.ui.late") : "");
    }
}
