package se.ledamot.domain.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.ledamot.domain.Deadline;
import se.ledamot.domain.DeadlineRule;
import se.ledamot.domain.DeadlineType;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;

/**
 * The meetings of every body and each body's submission rules: what turns "answered at the next meeting" into a
 * date. Everything is computed from the meetings as they are now, so a moved or cancelled meeting moves the
 * deadlines with it.
 */
public final class MeetingCalendar {
    private final List<Body> bodies;
    private final List<Meeting> meetings;
    private final Map<String, List<SubmissionRule>> rules;

    public MeetingCalendar(List<Body> bodies, List<Meeting> meetings, Map<String, List<SubmissionRule>> rules) {
        this.bodies = List.copyOf(bodies);
        this.meetings = meetings.stream().sorted(Comparator.comparing(Meeting::date)
                .thenComparing(m -> m.time() == null ? java.time.LocalTime.MIN : m.time())).toList();
        this.rules = Map.copyOf(rules);
    }

    public List<Body> bodies() {
        return bodies;
    }

    public Optional<Body> body(String code) {
        String c = Body.normalize(code);
        return bodies.stream().filter(b -> b.code().equals(c)).findFirst();
    }

    /** The body where interpellations, questions and motions are put: the one marked council, else KF. */
    public String councilCode() {
        return bodies.stream().filter(Body::council).map(Body::code).findFirst().orElse(Body.COUNCIL);
    }

    /** Every meeting, earliest first. */
    public List<Meeting> meetings() {
        return meetings;
    }

    public List<Meeting> meetingsOf(String body) {
        String c = Body.normalize(body);
        return meetings.stream().filter(m -> m.body().equals(c)).toList();
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

    public Optional<SubmissionRule> rule(String body, SubmissionKind kind) {
        return rules.getOrDefault(Body.normalize(body), List.of()).stream().filter(r -> r.kind() == kind)
                .findFirst();
    }

    public List<SubmissionRule> rules(String body) {
        return rules.getOrDefault(Body.normalize(body), List.of());
    }

    /** The last moment to hand something in for a meeting, if the body has a rule for it. */
    public Optional<LocalDateTime> submissionDeadline(Meeting meeting, SubmissionKind kind) {
        return rule(meeting.body(), kind).map(r -> r.deadline(meeting.date()));
    }

    /** Every submission deadline of a meeting, in the order of {@link SubmissionKind}. */
    public Map<SubmissionKind, LocalDateTime> submissionDeadlines(Meeting meeting) {
        Map<SubmissionKind, LocalDateTime> out = new java.util.EnumMap<>(SubmissionKind.class);
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
     * The council meeting where an interpellation or question is to be answered: the first one it was handed in
     * for in time. Without a rule, anything handed in before the meeting day is in time.
     */
    public Optional<Meeting> dueMeeting(Matter matter) {
        if (!matter.kind().hasAddressee() || matter.submitted() == null) {
            return Optional.empty();
        }
        return meetingsOf(councilCode()).stream()
                .filter(m -> !m.date().isBefore(matter.submitted()))
                .filter(m -> !isLate(matter, m) && matter.submitted().isBefore(m.date()))
                .findFirst();
    }

    /** Interpellations and questions are due at the meeting they were handed in for. */
    public DeadlineRule nextMeetingRule() {
        return m -> dueMeeting(m).map(meeting -> new Deadline(meeting.date(), DeadlineType.NEXT_MEETING));
    }

    /** A written answer to an interpellation must reach the asker by the council's rule, e.g. the day before. */
    public DeadlineRule writtenAnswerRule() {
        return m -> m.kind() != MatterKind.INTERPELLATION || m.status() != Status.SUBMITTED ? Optional.empty()
                : dueMeeting(m).flatMap(meeting -> submissionDeadline(meeting, SubmissionKind.WRITTEN_ANSWER))
                        .map(d -> new Deadline(d.toLocalDate(), DeadlineType.WRITTEN_ANSWER));
    }

    /** The standard deadlines and those that need the meetings. */
    public Deadlines deadlines() {
        return Deadlines.standard().with(nextMeetingRule()).with(writtenAnswerRule());
    }

    /** The codes of the bodies that have at least one meeting. */
    public Set<String> bodiesWithMeetings() {
        return meetings.stream().map(Meeting::body).collect(Collectors.toSet());
    }
}
