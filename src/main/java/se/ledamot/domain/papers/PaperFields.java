package se.ledamot.domain.papers;

import java.util.Arrays;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.minutes.Seat;
import se.ledamot.domain.sync.RowField;

/**
 * The fields of the papers' settings two secretaries may change at once (issue 16.5), as the Protokoll screen edits
 * them: the council's logo and archive, and one body's chair, vice chairs, secretary, public meeting, justerare and seats.
 */
public final class PaperFields {
    private PaperFields() {
    }

    /** The council's fields, and those of {@code body} when there is one. */
    public static List<RowField<PaperSettings>> of(Body body) {
        List<RowField<PaperSettings>> council = List.of(
                new RowField<>("logo", s -> s.logo() == null ? "" : s.logo().format() + " "
                        + Arrays.hashCode(s.logo().bytes()), (into, from) -> into.withLogo(from.logo()), false),
                new RowField<>("notice_board", s -> text(s.noticeBoard()),
                        (into, from) -> into.withArchive(from.noticeBoard(), into.minutesKept()), false),
                new RowField<>("minutes_kept", s -> text(s.minutesKept()),
                        (into, from) -> into.withArchive(into.noticeBoard(), from.minutesKept()), false));
        if (body == null) {
            return council;
        }
        return java.util.stream.Stream.concat(council.stream(), java.util.stream.Stream.of(
                field(body, "chair_name", b -> b.chair() == null ? "" : b.chair().display(),
                        (into, from) -> into.withChair(from.chair())),
                field(body, "first_vice_name", b -> b.firstVice() == null ? "" : b.firstVice().display(),
                        (into, from) -> into.withVice(from.firstVice(), into.secondVice())),
                field(body, "second_vice_name", b -> b.secondVice() == null ? "" : b.secondVice().display(),
                        (into, from) -> into.withVice(into.firstVice(), from.secondVice())),
                field(body, "secretary", b -> text(b.secretary()),
                        (into, from) -> into.withSecretary(from.secretary())),
                field(body, "public_meeting", b -> b.publicMeeting() + " " + text(b.webcast()),
                        (into, from) -> into.withPublicMeeting(from.publicMeeting(), from.webcast())),
                field(body, "adjusters_count", b -> String.valueOf(b.adjusters()),
                        (into, from) -> into.withAdjusters(from.adjusters())),
                field(body, "seats", b -> b.seats().stream().map(PaperFields::seat).collect(Collectors.joining("\n")),
                        (into, from) -> into.withSeats(from.seats())))).toList();
    }

    private static RowField<PaperSettings> field(Body body, String code, Function<BodyPapers, String> text,
            BinaryOperator<BodyPapers> take) {
        return new RowField<>(code, s -> text.apply(s.of(body)),
                (into, from) -> into.withBody(take.apply(into.of(body), from.of(body))), false);
    }

    private static String seat(Seat s) {
        return s.person().display() + " – " + s.role().code();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
