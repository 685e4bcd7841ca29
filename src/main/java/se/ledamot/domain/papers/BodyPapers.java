package se.ledamot.domain.papers;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Limit;
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.minutes.Attendance;
import se.ledamot.domain.minutes.Minutes;
import se.ledamot.domain.minutes.Seat;

/**
 * What one body's papers say that its meetings share: who chairs and who keeps the minutes, whether the meetings are
 * open to the public and sent on the web, what a member who cannot come must do (förhinder) and how substitutes
 * (ersättare) are called in, how many members check the minutes with the chair (justerare), the standard items before
 * and after the matters, and the seats (members and substitutes) the minutes list as present or absent.
 * Immutable; the {@code with} methods give an adjusted copy.
 *
 * @param chair        the chair (ordförande), or null when not set yet
 * @param firstVice    the first vice chair (förste vice ordförande), or null
 * @param secondVice   the second vice chair (andre vice ordförande), or null
 * @param secretary    the one who keeps the minutes (sekreterare), or null
 * @param webcast      where the meeting is sent, e.g. "stenungsund.se/webbtv"; null when it is not
 * @param absence      what a member who cannot come does (anmälan av förhinder); null for the papers' usual words
 * @param adjusters    how many members besides the chair check the minutes: 2 in a council, 1 in most nämnder
 */
public record BodyPapers(String body, Person chair, Person firstVice, Person secondVice, String secretary,
        boolean publicMeeting, String webcast, String absence, int adjusters, List<StandardItem> opening,
        List<StandardItem> closing, List<Seat> seats) {

    public BodyPapers {
        body = Body.normalize(body);
        for (Person p : java.util.Arrays.asList(chair, firstVice, secondVice)) {
            if (p != null) {
                Limit.NAME.check(p.name());
                Limit.PARTY.check(p.party());
            }
        }
        secretary = Limit.NAME.check(secretary);
        webcast = Limit.ROLE.check(webcast);
        absence = absence == null || Limit.text(absence).isBlank() ? null : Limit.text(absence).strip();
        if (adjusters < 1 || adjusters > 4) {
            throw new DomainException("papers.adjusters.count", adjusters);
        }
        opening = List.copyOf(opening == null ? List.of() : opening);
        closing = List.copyOf(closing == null ? List.of() : closing);
        seats = List.copyOf(seats == null ? List.of() : seats);
        List<String> seen = new ArrayList<>();
        for (Seat s : seats) {
            String key = s.person().name().toLowerCase(java.util.Locale.ROOT);
            if (seen.contains(key)) {
                throw new DomainException("papers.seat.twice", s.person().display());
            }
            seen.add(key);
        }
    }

    /**
     * A body's papers as most councils have them: a council (fullmäktige) meets in public with two justerare and
     * opens with upprop, val av justerare, godkännande av kungörelse and anmälan av nya motioner, interpellationer
     * och frågor, closing with meddelanden; a board or nämnd meets behind closed doors with one justerare and opens
     * with val av justerare and godkännande av dagordningen.
     */
    public static BodyPapers defaults(Body body) {
        if (body.council()) {
            return new BodyPapers(body.code(), null, null, null, null, true, null, null, 2,
                    List.of(StandardItem.of(StandardItem.Kind.ROLL_CALL), StandardItem.of(StandardItem.Kind.ADJUSTERS),
                            StandardItem.of(StandardItem.Kind.NOTICE),
                            StandardItem.of(StandardItem.Kind.NEW_SUBMISSIONS)),
                    List.of(StandardItem.of(StandardItem.Kind.MESSAGES)), List.of());
        }
        return new BodyPapers(body.code(), null, null, null, null, false, null, null, 1,
                List.of(StandardItem.of(StandardItem.Kind.ADJUSTERS), StandardItem.of(StandardItem.Kind.AGENDA_APPROVAL)),
                List.of(StandardItem.of(StandardItem.Kind.MESSAGES)), List.of());
    }

    /**
     * A meeting's minutes with those who sign its protokoll (5 kap. 69 § kommunallagen): the meeting's own ordförande
     * and sekreterare, else this body's ({@link #presiding}). The one place that decides it, for the justering's
     * refusal, the protokoll, its extracts and the form's first filling.
     */
    public Minutes signing(Minutes m) {
        return m.withChair(m.chair() != null ? m.chair() : presiding(m.attendance()),
                m.secretary() != null ? m.secretary() : secretary);
    }

    /**
     * Who presides over a meeting with this attendance when the meeting names no chair of its own: the ordförande,
     * unless the attendance records them absent (not among those deciding: away, or replaced by an ersättare); then
     * the first vice ordförande if present, else the second. Fullmäktige and each nämnd choose an ordförande and one
     * or two vice ordförande among their members (5 kap. 11 § and 6 kap. 19 § kommunallagen); that the vice chairs
     * step in, in their order, is the usual rule of the arbetsordning and reglemente. With no attendance recorded, or
     * no vice chair there, the ordförande as before: never blank where one is set.
     */
    public Person presiding(Attendance attendance) {
        if (chair == null || attendance.attendees().isEmpty() || attendance.decides(chair)) {
            return chair;
        }
        return Stream.of(firstVice, secondVice).filter(v -> v != null && attendance.decides(v)).findFirst()
                .orElse(chair);
    }

    public List<Seat> members() {
        return seats.stream().filter(s -> s.role() == Seat.Role.MEMBER).toList();
    }

    public List<Seat> substitutes() {
        return seats.stream().filter(s -> s.role() == Seat.Role.SUBSTITUTE).toList();
    }

    public BodyPapers withChair(Person p) {
        return new BodyPapers(body, p, firstVice, secondVice, secretary, publicMeeting, webcast, absence, adjusters,
                opening, closing, seats);
    }

    /** The first and second vice chairs (förste and andre vice ordförande); either may be null. */
    public BodyPapers withVice(Person first, Person second) {
        return new BodyPapers(body, chair, first, second, secretary, publicMeeting, webcast, absence, adjusters,
                opening,
                closing, seats);
    }

    public BodyPapers withSecretary(String s) {
        return new BodyPapers(body, chair, firstVice, secondVice, s, publicMeeting, webcast, absence, adjusters,
                opening, closing, seats);
    }

    public BodyPapers withPublicMeeting(boolean p, String cast) {
        return new BodyPapers(body, chair, firstVice, secondVice, secretary, p, cast, absence, adjusters, opening,
                closing, seats);
    }

    public BodyPapers withAbsence(String text) {
        return new BodyPapers(body, chair, firstVice, secondVice, secretary, publicMeeting, webcast, text, adjusters,
                opening, closing, seats);
    }

    public BodyPapers withAdjusters(int n) {
        return new BodyPapers(body, chair, firstVice, secondVice, secretary, publicMeeting, webcast, absence, n,
                opening, closing, seats);
    }

    public BodyPapers withStandardItems(List<StandardItem> before, List<StandardItem> after) {
        return new BodyPapers(body, chair, firstVice, secondVice, secretary, publicMeeting, webcast, absence,
                adjusters, before, after, seats);
    }

    public BodyPapers withSeats(List<Seat> s) {
        return new BodyPapers(body, chair, firstVice, secondVice, secretary, publicMeeting, webcast, absence,
                adjusters, opening, closing, s);
    }

    /** The same settings under another body code (a copy for a new nämnd). */
    public BodyPapers forBody(String code) {
        Objects.requireNonNull(code, "code");
        return new BodyPapers(code, chair, firstVice, secondVice, secretary, publicMeeting, webcast, absence, adjusters,
                opening, closing, seats);
    }
}
