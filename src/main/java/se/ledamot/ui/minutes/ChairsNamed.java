package se.ledamot.ui.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Person;
import se.ledamot.l10n.Localization;

/**
 * Says, under the papers' settings, when the ordförande and vice ordförande typed are not three ledamöter: the same
 * person named twice, or one not among the body's ledamöter. Fullmäktige, and for a nämnd fullmäktige, choose the
 * ordförande and the one or two vice ordförande among the ledamöter (5 kap. 11 § and 6 kap. 19 § kommunallagen); one
 * missing from the ledamöter counts as away once the närvarolista is fetched from them, and another presides. Said,
 * not refused, as the ordförande has never been refused: she may type the chairs before the ledamöter, and nothing is
 * said of the ledamöter while none are typed.
 */
final class ChairsNamed {
    private static final List<String> ROLES = List.of("minutes.ui.chair", "minutes.ui.settings.firstVice",
            "minutes.ui.settings.secondVice");

    private ChairsNamed() {
    }

    static StringBinding notice(StringProperty chair, StringProperty firstVice, StringProperty secondVice,
            StringProperty members) {
        return Bindings.createStringBinding(() -> notice(chair.get(), firstVice.get(), secondVice.get(),
                members.get()), chair, firstVice, secondVice, members);
    }

    /** The notice, one line for each thing to say; empty when there is none. */
    static String notice(String chair, String firstVice, String secondVice, String members) {
        List<Person> named = java.util.Arrays.asList(person(chair), person(firstVice), person(secondVice));
        List<String> said = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            for (int j = i + 1; j < named.size(); j++) {
                if (named.get(i) != null && named.get(j) != null && key(named.get(i)).equals(key(named.get(j)))) {
                    said.add(Localization.get("minutes.ui.settings.namedTwice", named.get(i).display(), role(i),
                            role(j)));
                }
            }
        }
        Set<String> seated = members == null ? Set.of() : members.lines().map(ChairsNamed::person)
                .filter(Objects::nonNull).map(ChairsNamed::key).collect(Collectors.toSet());
        for (int i = 0; i < named.size(); i++) {
            Person p = named.get(i);
            if (p != null && !seated.isEmpty() && !seated.contains(key(p))) {
                said.add(Localization.get("minutes.ui.settings.notSeated", p.display(), role(i)));
            }
        }
        return String.join("\n", said);
    }

    /** The field's name as it reads in a sentence: "ordförande", "1:e vice ordförande". */
    private static String role(int i) {
        return Localization.get(ROLES.get(i)).toLowerCase(Localization.locale());
    }

    /** Alike as the närvarolista finds a person: by name, whatever its case. */
    private static String key(Person p) {
        return p.name().strip().toLowerCase(Locale.ROOT);
    }

    /** The person typed; null for none, and while the party is half typed ("Olof Ström (" is no one yet). */
    private static Person person(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty() || typed.contains("(") && !typed.endsWith(")")) {
            return null;
        }
        try {
            return Person.parse(typed);
        } catch (DomainException unreadable) {
            return null; // the save says what is wrong with it
        }
    }
}
