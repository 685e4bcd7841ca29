package se.ledamot.brief.doc;

import static se.ledamot.brief.doc.PaperWords.p;

import java.util.ArrayList;
import java.util.List;
import se.ledamot.brief.layout.Align;
import se.ledamot.brief.layout.Anchor;
import se.ledamot.domain.Person;
import se.ledamot.domain.minutes.Attendance;
import se.ledamot.domain.minutes.Attendee;
import se.ledamot.domain.minutes.Seat;
import se.ledamot.domain.papers.MeetingPapers;

/**
 * A protokoll's närvarolista as a council's reads: every ledamot in the body's order, each with the ersättare who
 * served in the ledamot's place or marked frånvarande (5 kap. 67 § kommunallagen: who took part in the decisions),
 * the chair marked; then the ersättare present and not serving, in columns, and the others present.
 */
final class AttendanceList {
    /** Ledamot, tjänstgörande ersättare, anmärkning. */
    private static final float[] SEATS = {0.37f, 0.37f, 0.26f};
    /** A list of names this long is set in three columns, read down and across. */
    private static final int ONE_COLUMN = 6;

    private AttendanceList() {
    }

    static void write(Composer c, MeetingPapers papers) {
        Attendance a = papers.minutes().attendance();
        c.h1(p("attendance"), new Anchor("attendance", p("attendance"), 1));
        if (a.attendees().isEmpty()) {
            c.indent(HouseStyle.HANG);
            c.line(c.style().bodyItalic(), p("attendance.none"), Align.LEFT, 0);
            c.indent(0);
            return;
        }
        c.closeTable(SEATS, List.of(p("attendance.member"), p("attendance.serving"), p("attendance.note")),
                rows(a, papers.bodyPapers().members(), papers.chair()));
        names(c, p("attendance.substitutes"), a.substitutesPresent().stream().map(x -> x.person().display())
                .toList());
        names(c, p("attendance.others"), a.others().stream().map(AttendanceList::withNote).toList());
    }

    static String withNote(Attendee a) {
        return a.note() == null ? a.person().display() : a.person().display() + ", " + a.note();
    }

    /**
     * A row for each ledamot of the body's seats: present, replaced by the ersättare serving, or away; then anyone
     * deciding the seats do not account for (attendance typed for a body with no seats given).
     */
    private static List<List<String>> rows(Attendance a, List<Seat> members, Person chair) {
        List<List<String>> rows = new ArrayList<>();
        List<Attendee> placed = new ArrayList<>();
        for (Seat seat : members) {
            Person member = seat.person();
            Attendee present = a.find(member.name()).filter(Attendee::decides).orElse(null);
            Attendee serving = a.servingFor(member.name()).orElse(null);
            if (present != null) {
                placed.add(present);
                rows.add(List.of(member.display(), "", note(present, chair)));
            } else if (serving != null) {
                placed.add(serving);
                rows.add(List.of(member.display(), serving.person().display(), note(serving, chair)));
            } else {
                rows.add(List.of(member.display(), "", p("attendance.away")));
            }
        }
        for (Attendee x : a.deciding()) {
            if (!placed.contains(x)) {
                rows.add(x.replaces() == null ? List.of(x.person().display(), "", note(x, chair))
                        : List.of(x.replaces(), x.person().display(), note(x, chair)));
            }
        }
        return rows;
    }

    private static String note(Attendee x, Person chair) {
        return chair != null && chair.name().equalsIgnoreCase(x.person().name()) ? p("attendance.chair")
                : x.note() == null ? "" : x.note();
    }

    /** Names under a heading: in one column when few, else in three, read down and across. */
    private static void names(Composer c, String heading, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        int columns = names.size() > ONE_COLUMN ? 3 : 1;
        int rows = (names.size() + columns - 1) / columns;
        List<List<String>> table = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<String> row = new ArrayList<>();
            for (int col = 0; col < columns; col++) {
                int i = col * rows + r;
                row.add(i < names.size() ? names.get(i) : "");
            }
            table.add(row);
        }
        List<String> header = new ArrayList<>(List.of(heading));
        float[] widths = new float[columns];
        for (int col = 0; col < columns; col++) {
            widths[col] = 1f / columns;
            if (col > 0) {
                header.add("");
            }
        }
        c.closeTable(widths, header, table);
    }
}
