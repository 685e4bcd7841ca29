package se.ledamot.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.ledamot.domain.Deadline;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.PendingCounts;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingCalendar;
import se.ledamot.domain.meeting.Overdue;
import se.ledamot.store.CouncilRulesStore;
import se.ledamot.store.MeetingStore;
import se.ledamot.store.OutlookStore;

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
    private final OutlookStore outlook;

    DeadlineService(CouncilRulesStore rules, MeetingStore meetings, OutlookStore outlook) {
        this.rules = rules;
        this.meetings = meetings;
        this.outlook = outlook;
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
     * matters that can be late that day are read ({@link OutlookStore#overdueCandidates}: no submission a year back
     * nor a passed reply date, none of the rules can make them late), without their body and answer (the entries
     * never show them); the rules decide on those.
     */
    public List<Overdue.Entry> overdue(LocalDate day) {
        return Overdue.of(outlook.overdueCandidates(day), rules(), day);
    }

    /**
     * The dashboard's reading from a day on: the pending matters counted in the database, the open ones that may
     * be due within the dashboard's week or by the council's next meeting, that meeting, and the rules.
     */
    public Outlook outlook(LocalDate from) {
        MeetingCalendar calendar = calendar();
        Optional<LocalDate> next = calendar.nextOf(calendar.councilCode(), from).map(Meeting::date);
        LocalDate week = from.plusDays(Outlook.WEEK_DAYS);
        LocalDate horizon = next.filter(week::isBefore).orElse(week);
        return new Outlook(outlook.mayBeDueBy(horizon), outlook.pending(), next, rules(calendar));
    }

    /**
     * What the dashboard reads: the open matters not in the trash that may need attention (each only its matter row,
     * no body, answer or lists such as authors: the dashboard opens a matter by its id), the pending matters counted, the council's next meeting, the
     * rules.
     */
    public record Outlook(List<Matter> matters, PendingCounts pending, Optional<LocalDate> nextCouncilMeeting,
            Deadlines rules) {
        /** How far ahead the dashboard's "this week" looks. */
        public static final int WEEK_DAYS = 7;
    }
}
