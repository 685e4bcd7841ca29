package se.ledamot.domain.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.ledamot.domain.Deadline;
import se.ledamot.domain.DeadlineBasis;
import se.ledamot.domain.DeadlineRule;
import se.ledamot.domain.DeadlineType;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.domain.UndatedDeadline;

/**
 * The meetings of every body and the council's rules: what turns "answered at the next meeting" into a date.
 * Everything is computed from the meetings as they are now, so a moved or cancelled meeting moves the deadlines with
 * it.
 */
public final class MeetingCalendar {
    /**
     * The statuses of an interpellation or question whose answer is still to be given at a meeting. Tabled
     * (bordlagd) ones come back when the council says; until then no meeting deadline runs.
     */
    public static final Set<Status> AWAITING_ANSWER = Set.of(Status.SUBMITTED, Status.ANSWER_READY);

    private final CouncilRules councilRules;
    private final List<Meeting> meetings;
    /** The meetings of each body, earliest first: the rules ask for them once per matter. */
    private final Map<String, List<Meeting>> byBody;

    public MeetingCalendar(CouncilRules councilRules, List<Meeting> meetings) {
        this.councilRules = councilRules;
        this.meetings = meetings.stream().sorted(Comparator.comparing(Meeting::date)
                .thenComparing(m -> m.time() == null ? LocalTime.MIN : m.time())).toList();
        this.byBody = this.meetings.stream().collect(Collectors.groupingBy(Meeting::body,
                Collectors.toUnmodifiableList()));
    }

    /** The bodies and their submission rules as the store keeps them; everything else as the law says. */
    public MeetingCalendar(List<Body> bodies, List<Meeting> meetings, Map<String, List<SubmissionRule>> rules) {
        this(CouncilRules.fromStored("", bodies, rules), meetings);
    }

    public CouncilRules councilRules() {
        return councilRules;
    }

    public List<Body> bodies() {
        return councilRules.bodyList();
    }

    public Optional<Body> body(String code) {
        return councilRules.body(code).map(BodyRules::body);
    }

    /** The body where interpellations, questions and motions are put: the one marked council, else KF. */
    public String councilCode() {
        return councilRules.councilCode();
    }

    /** Every meeting, earliest first. */
    public List<Meeting> meetings() {
        return meetings;
    }

    public List<Meeting> meetingsOf(String body) {
        String c = Body.normalize(body);
        return byBody.getOrDefault(c, List.of());
    }

    public Optional<Meeting> previous(Meeting meeting) {
        return meetingsOf(meeting.body()).stream().filter(m -> m.date().isBefore(meeting.date()))
                .reduce((a, b) -> b);
    }

    public Optional<Meeting> next(Meeting meeting) {
        return meetingsOf(meeting.body()).stream().filter(m -> m.date().isAfter(meeting.date())).findFirst();
    }

    /** The first meeting of a body on or after a day. */
    public Optional<Meeting> nextOf(String body, LocalDate from) {
        return meetingsOf(body).stream().filter(m -> !m.date().isBefore(from)).findFirst();
    }

    /**
     * A body's rule for one kind of submission. The written-answer rule belongs to the council, where
     * interpellations are answered; other bodies have none.
     */
    public Optional<SubmissionRule> rule(String body, SubmissionKind kind) {
        String code = Body.normalize(body);
        if (kind == SubmissionKind.WRITTEN_ANSWER && !code.equals(councilCode())) {
            return Optional.empty();
        }
        return councilRules.rulesOf(code).submission(kind);
    }

    public List<SubmissionRule> rules(String body) {
        return councilRules.rulesOf(body).allRules().stream()
                .filter(r -> rule(body, r.kind()).isPresent()).toList();
    }

    /** The last moment to hand something in for a meeting, if the body has a rule for it. */
    public Optional<LocalDateTime> submissionDeadline(Meeting meeting, SubmissionKind kind) {
        return rule(meeting.body(), kind).map(r -> r.deadline(meeting.date()));
    }

    /** Every submission deadline of a meeting, in the order of {@link SubmissionKind}. */
    public Map<SubmissionKind, LocalDateTime> submissionDeadlines(Meeting meeting) {
        Map<SubmissionKind, LocalDateTime> out = new EnumMap<>(SubmissionKind.class);
        for (SubmissionKind k : SubmissionKind.values()) {
            submissionDeadline(meeting, k).ifPresent(d -> out.put(k, d));
        }
        return out;
    }

    /**
     * A matter handed in after its submission deadline for a meeting is late for it. Only the day of submission is
     * known, so a matter handed in on the last day counts as in time.
     */
    public boolean isLate(Matter matter, Meeting meeting) {
        if (matter.submitted() == null) {
            return false;
        }
        return SubmissionKind.forMatter(matter.kind()).flatMap(k -> submissionDeadline(meeting, k))
                .map(d -> matter.submitted().isAfter(d.toLocalDate())).orElse(false);
    }

    /**
     * The council meeting where an interpellation or question is asked: the first one it was handed in for in time.
     * Without a rule, anything handed in before the meeting day is in time.
     */
    public Optional<Meeting> askedAt(Matter matter) {
        if (!matter.kind().hasAddressee() || matter.submitted() == null) {
            return Optional.empty();
        }
        return meetingsOf(councilCode()).stream()
                .filter(m -> matter.submitted().isBefore(m.date()) && !isLate(matter, m))
                .findFirst();
    }

    /**
     * The council meeting where a dated motion, citizen proposal, interpellation or question is announced (anmäls):
     * an interpellation or question where it is asked ({@link #askedAt}); a motion or citizen proposal at the first
     * meeting it was handed in in time for, one handed in on the meeting's day announced there when no rule says
     * otherwise.
     */
    public Optional<Meeting> announcedAt(Matter matter) {
        if (matter.submitted() == null || matter.kind().hasAddressee()) {
            return askedAt(matter);
        }
        return meetingsOf(councilCode()).stream()
                .filter(m -> !matter.submitted().isAfter(m.date()) && !isLate(matter, m))
                .findFirst();
    }

    /** When an interpellation or a question is asked and answered, under the council's rules. */
    public Optional<AnswerSchedule> answerSchedule(Matter matter) {
        return askedAt(matter).map(asked -> {
            BodyRules rules = councilRules.rulesOf(asked.body());
            AnswerRule answerRule = rules.answerRule(matter.kind());
            Optional<Meeting> answerAt = answerRule == AnswerRule.SAME_MEETING ? Optional.of(asked) : next(asked);
            Optional<SubmissionRule> written = matter.kind() == MatterKind.INTERPELLATION
                    ? Optional.of(rules.writtenAnswer()) : Optional.empty();
            return new AnswerSchedule(matter.kind(), matter.submitted(), asked,
                    SubmissionKind.forMatter(matter.kind()).flatMap(rules::submission), answerRule, answerAt, written);
        });
    }

    /** The council meeting where an interpellation or question is to be answered at the latest. */
    public Optional<Meeting> dueMeeting(Matter matter) {
        return answerSchedule(matter).flatMap(AnswerSchedule::answerAt);
    }

    /** Interpellations and questions waiting for their answer are due at the meeting their rule names. */
    public DeadlineRule answerAtMeetingRule() {
        return m -> deadlinesFollowMeetings(m) ? answerSchedule(m).flatMap(s -> s.answerAt()
                .map(meeting -> new Deadline(meeting.date(), DeadlineType.ANSWER_AT_MEETING, s))) : Optional.empty();
    }

    /** A written answer to an interpellation must reach the asker by the council's rule, e.g. the day before. */
    public DeadlineRule writtenAnswerRule() {
        return m -> m.kind() != MatterKind.INTERPELLATION || m.status() != Status.SUBMITTED ? Optional.empty()
                : answerSchedule(m).flatMap(s -> s.writtenAnswerBy()
                        .map(d -> new Deadline(d.toLocalDate(), DeadlineType.WRITTEN_ANSWER, s)));
    }

    /**
     * An interpellation or question waiting for its answer at a meeting not planned yet: asked at a planned one and
     * answered at the next, or handed in too late for every planned one and not asked yet.
     */
    public Optional<UndatedDeadline> unplannedAnswer(Matter m) {
        if (!deadlinesFollowMeetings(m)) {
            return Optional.empty();
        }
        Optional<AnswerSchedule> schedule = answerSchedule(m);
        if (schedule.flatMap(AnswerSchedule::answerAt).isPresent()) {
            return Optional.empty();
        }
        DeadlineBasis basis = schedule.<DeadlineBasis>map(s -> s)
                .orElseGet(() -> new NotYetAsked(m.kind(), m.submitted(), councilCode()));
        return Optional.of(new UndatedDeadline(DeadlineType.ANSWER_AT_MEETING, basis));
    }

    /** The one-year rule naming who decides: the council for motions, the chosen body for citizen proposals. */
    public DeadlineRule oneYearRule() {
        return DeadlineRule.oneYear(kind -> kind == MatterKind.CITIZEN_PROPOSAL
                ? councilRules.citizenProposals().decidingBody() : councilCode());
    }

    /** Every deadline rule: the one-year rule, stated reply dates, and those that need the meetings. */
    public Deadlines deadlines() {
        return new Deadlines(List.of(oneYearRule(), DeadlineRule.STATED_REPLY_DATE, answerAtMeetingRule(),
                writtenAnswerRule()), this::unplannedAnswer);
    }

    /** The codes of the bodies that have at least one meeting. */
    public Set<String> bodiesWithMeetings() {
        return meetings.stream().map(Meeting::body).collect(Collectors.toSet());
    }

    /**
     * Whether the meetings take part in this matter's deadlines: an interpellation or question handed in and awaiting
     * its answer, the only matters every rule that reads the meetings looks at. Every other matter's deadlines are
     * the same whatever meetings are planned.
     */
    public static boolean deadlinesFollowMeetings(Matter m) {
        return m.kind().hasAddressee() && m.submitted() != null && AWAITING_ANSWER.contains(m.status());
    }
}
