package se.ledamot.search;

import java.util.Locale;

/** What a hit is: a matter, a meeting, an item on an agenda, a matter's answer, a person or a party. */
public enum HitType {
    MATTER,
    MEETING,
    AGENDA_ITEM,
    ANSWER,
    PERSON,
    PARTY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
