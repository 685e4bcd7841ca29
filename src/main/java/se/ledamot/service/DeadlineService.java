package se.ledamot.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.ledamot.domain.Deadline;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingCalendar;
import se.ledamot.domain.meeting.Overdue;
import se.ledamot.store.CouncilRulesStore;
import se.ledamot.store.MatterStore;
import se.ledamot.store.MeetingStore;

/**
 * The one source of deadlines: the register, the lists of the command line, {@code overdue}, the dashboard, the
 * agendas and the briefs all take theirs from here, so a matter shows the same deadline everywhere. The rules are
 * the domain's ({@link MeetingCalendar#deadlines()}) under the council's stored settings ({@link SettingsService});
 * the settings and meetings they need are read anew on every call, so a meeting planned or a rule changed a moment
 * ago, here or from the command line, counts at once.
 */
public final class DeadlineService {
    private final CouncilRulesStore rules;
    private final MeetingStore meetings;
    private final MatterStore matters;

    DeadlineService(CouncilRulesStore rules, MeetingStore meetings, MatterStore matters) {
        this.rules = rules;
        this.meetings = meetings;
        this.matters = matters;
    }

    /** The council's rules and every meeting as stored now (four reads). */
    public MeetingCalendar calendar() {
        return new MeetingCalendar(rules.load(), meetings.list());
    }

    /** The deadline rules with the meeting calendar as stored now. */
    public Deadlines rules() {
        return rules(calendar());
    }

    /** The deadline rules with a calendar read a moment ago (so one load reads the calendar once). */
    public Deadlines rules(MeetingCalendar calendar) {
        return calendar.deadlines();
    }

    /** The rules that need no meetings: for matters read where there is no database (a dry-run import). */
    public static Deadlines withoutCalendar() {
        return Deadlines.standard();
    }

    /** The deadline a matter shows: its nearest. */
    public Optional<Deadline> nearest(Matter matter) {
        return rules().nearest(matter);
    }

    /**
     * Every matter not in the trash that is past one of its deadlines on a day, longest overdue first. Only open
     * matters that can be late that day are read (no submission a year back nor a passed reply date: none of the
     * rules can make them late), without their body and answer (the entries never show them).
     */
    public List<Overdue.Entry> overdue(LocalDate day) {
        return Overdue.of(matters.listOverdueCandidates(day), rules(), day);
    }

    /** The open matters, the council's next meeting from a day on, and the rules: read together. */
    public Outlook outlook(LocalDate from) {
        MeetingCalendar calendar = calendar();
        return new Outlook(matters.listOpenOutlines(), calendar.nextOf(calendar.councilCode(), from).map(Meeting::date),
                rules(calendar));
    }

    /**
     * What the dashboard reads: the open matters not in the trash (without body and answer: the dashboard opens a
     * matter by its id), the council's next meeting, the rules.
     */
    public record Outlook(List<Matter> matters, Optional<LocalDate> nextCouncilMeeting, Deadlines rules) {
    }
}
