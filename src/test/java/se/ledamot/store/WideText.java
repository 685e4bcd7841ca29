package se.ledamot.store;

import java.util.Random;

/** Text for PostgreSQL's index limit (about 2.7 kB an entry): letters of two bytes each, drawn so they hardly compress. */
public final class WideText {
    private WideText() {
    }

    /** Letters drawn at random from those Swedish and its neighbours write with two bytes in UTF-8, a space in nine. */
    public static String letters(Random random, int length) {
        String alphabet = "åäöÅÄÖéèêëüÜøØæÆáàíóúñ";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(i % 9 == 8 ? ' ' : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString().strip();
    }
}
