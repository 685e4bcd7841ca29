package se.ledamot.ui.shell;

/**
 * Where a screen can send the user without knowing the screen that shows it: it asks the window to
 * {@link Navigator#navigate navigate} there, and the window hands it to the area that registered for that kind of
 * destination ({@link MainWindow#onNavigate}). So no area imports another.
 */
public sealed interface Destination {
    /** The register as it is. */
    record Register() implements Destination {
    }

    /** A matter in the register, open in the editor beside it. */
    record MatterInRegister(long matterId) implements Destination {
    }

    /** The answer editor on an interpellation or question. */
    record AnswerOf(long matterId) implements Destination {
    }

    /**
     * The debate panel on a meeting, and on one of its items if one is named.
     *
     * @param itemId an agenda item of the meeting about a matter, or null for the meeting alone
     */
    record Debate(long meetingId, Long itemId) implements Destination {
        /** A meeting's debate: its items to choose from. */
        public static Debate of(long meetingId) {
            return new Debate(meetingId, null);
        }

        /** The debate on one item of a meeting. */
        public static Debate onItem(long meetingId, long itemId) {
            return new Debate(meetingId, itemId);
        }
    }

    /**
     * A meeting open on Sammanträden, with one of its agenda items selected if one is named.
     *
     * @param itemId an agenda item of the meeting, or null for the meeting alone
     */
    record MeetingOf(long meetingId, Long itemId) implements Destination {
    }

    /**
     * Protokoll on one § of a meeting, with a wording for its decision typed elsewhere (Debatt) offered there.
     *
     * @param wording offered beside the wording recorded, never put in its place unasked; null for none
     */
    record MinutesOf(long meetingId, long itemId, String wording) implements Destination {
    }

    /**
     * The register narrowed to one person's matters (the person filter: author or addressee, name and party as
     * written) or to one party's (the party filter); the other is null.
     */
    record RegisterOf(se.ledamot.domain.Person person, String party) implements Destination {
    }
}
