package se.ledamot.ui.minutes;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.ledamot.domain.Person;
import se.ledamot.domain.minutes.Choice;
import se.ledamot.domain.minutes.ItemMinutes;
import se.ledamot.domain.minutes.MinutesNote;
import se.ledamot.domain.minutes.MovedMotion;
import se.ledamot.domain.minutes.Reservation;
import se.ledamot.domain.minutes.Vote;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.l10n.Localization;

/**
 * An item's minutes in words, a line each, as the screen's lists show them and as the conflict view says a conflict
 * of them (issue 16.5): the motions with their kind in words, the proposal found carried by name, the vote with each
 * member's vote.
 */
final class ItemConflicts {
    private ItemConflicts() {
    }

    static String motion(MovedMotion m) {
        return Localization.get("minutes.ui.motion.line", m.by().display(),
                Localization.get("minutes.ui.motion." + m.type().code()), m.text() == null ? "" : m.text()).strip();
    }

    static String reservation(Reservation r) {
        return people(r.by()) + (r.favour() == null ? "" : " — " + r.favour());
    }

    static String note(MinutesNote n) {
        return people(n.by()) + ": " + n.text();
    }

    /** A conflict of an item's minutes with both sides in the screen's words rather than as compared. */
    static Conflict readable(Conflict c, ItemMinutes base, ItemMinutes mine, ItemMinutes theirs) {
        Function<ItemMinutes, String> said = switch (c.field()) {
            case "item_motions" -> m -> lines(m.motions(), ItemConflicts::motion);
            case "item_carried" -> ItemConflicts::carried;
            case "item_vote" -> m -> vote(m.vote());
            case "item_reservations" -> m -> lines(m.reservations(), ItemConflicts::reservation);
            case "item_notes" -> m -> lines(m.notes(), ItemConflicts::note);
            default -> null;
        };
        return said == null ? c : c.restated(c.title(), said.apply(mine), said.apply(theirs), said.apply(base), false);
    }

    private static String carried(ItemMinutes m) {
        if (m.carried() == null) {
            return "";
        }
        return m.carried() == 0 ? Localization.get("minutes.ui.carried.proposal")
                : m.carried() + ". " + motion(m.carriedMotion());
    }

    private static String vote(Vote v) {
        if (v == null) {
            return Localization.get("minutes.ui.vote.remove");
        }
        String head = Localization.get("minutes.ui.vote.yes") + " " + v.yes() + "\n"
                + Localization.get("minutes.ui.vote.no") + " " + v.no();
        String casting = v.casting() == null ? "" : "\n" + Localization.get("minutes.ui.vote.casting") + ": "
                + choice(v.casting());
        return head + casting + "\n" + lines(v.ballots(), b -> b.voter().display() + " – " + choice(b.choice()));
    }

    private static String choice(Choice c) {
        return Localization.get("minutes.ui.choice." + c.code());
    }

    private static String people(List<Person> people) {
        return people.stream().map(Person::display).collect(Collectors.joining(", "));
    }

    private static <T> String lines(List<T> list, Function<T, String> line) {
        return list.stream().map(line).collect(Collectors.joining("\n"));
    }

}
