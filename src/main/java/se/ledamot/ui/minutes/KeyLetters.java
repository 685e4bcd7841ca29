package se.ledamot.ui.minutes;

import java.util.Arrays;
import java.util.Optional;
import se.ledamot.domain.minutes.Choice;
import se.ledamot.domain.minutes.MotionType;
import se.ledamot.l10n.Localization;

/**
 * The letters that pick a motion's type and cast a vote from the keyboard, in the window's language: the Swedish
 * window's J(a), N(ej), A(vstår), the English window's Y(es), N(o), A(bstain), and the types' likewise (walk26: in
 * English Y cast no vote, and the types read "F  approve the proposal", Swedish letters before English words).
 */
final class KeyLetters {
    private KeyLetters() {
    }

    /** The vote the typed letter casts, if any. */
    static Optional<Choice> choice(char typed) {
        return Arrays.stream(Choice.values()).filter(c -> is(typed, "minutes.ui.choice." + c.code())).findFirst();
    }

    /** The motion's type the typed letter picks, if any. */
    static Optional<MotionType> motion(char typed) {
        return Arrays.stream(MotionType.values()).filter(t -> is(typed, "minutes.ui.motion." + t.code()))
                .findFirst();
    }

    /** The letter that picks {@code type}, as the type's list shows it: "P". */
    static char of(MotionType type) {
        return Character.toUpperCase(letter("minutes.ui.motion." + type.code()));
    }

    private static boolean is(char typed, String key) {
        return Character.toLowerCase(typed) == letter(key);
    }

    private static char letter(String key) {
        return Localization.get(key + ".key").charAt(0);
    }
}
