package se.ledamot.ui.shell;

import java.util.prefs.Preferences;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.ledamot.domain.answer.SpeakingTime;

/**
 * Who "I" am and how fast I speak: the user's name and party pick out "my answers to write" on the dashboard, the
 * pace turns words into speaking time; the party group I last worked on in Partigrupp on a shared server, the meeting
 * in Protokoll. Kept in {@link java.util.prefs.Preferences}; each change is written at once.
 */
public final class WriterPreferences {
    public static final String NAME = "userName";
    public static final String PARTY = "userParty";
    public static final String PACE = "wordsPerMinute";
    public static final String GROUP = "partyGroup";
    public static final String MINUTES_MEETING = "minutesMeeting";
    public static final String GROUP_MEETING = "groupMeeting";
    public static final String GROUP_ITEM = "groupItem";

    private final StringProperty userName = new SimpleStringProperty();
    private final StringProperty userParty = new SimpleStringProperty();
    private final IntegerProperty wordsPerMinute = new SimpleIntegerProperty();
    private final StringProperty partyGroup = new SimpleStringProperty();
    private final StringProperty minutesMeeting = new SimpleStringProperty();
    private final StringProperty groupMeeting = new SimpleStringProperty();
    private final StringProperty groupItem = new SimpleStringProperty();

    public WriterPreferences(Preferences node) {
        userName.set(node.get(NAME, ""));
        userParty.set(node.get(PARTY, ""));
        int pace = node.getInt(PACE, SpeakingTime.DEFAULT_PACE);
        wordsPerMinute.set(pace < SpeakingTime.MIN_PACE || pace > SpeakingTime.MAX_PACE ? SpeakingTime.DEFAULT_PACE : pace);
        partyGroup.set(node.get(GROUP, ""));
        partyGroup.addListener((o, was, now) -> node.put(GROUP, now == null ? "" : now.strip()));
        minutesMeeting.set(node.get(MINUTES_MEETING, ""));
        minutesMeeting.addListener((o, was, now) -> node.put(MINUTES_MEETING, now == null ? "" : now.strip()));
        groupMeeting.set(node.get(GROUP_MEETING, ""));
        groupMeeting.addListener((o, was, now) -> node.put(GROUP_MEETING, now == null ? "" : now.strip()));
        groupItem.set(node.get(GROUP_ITEM, ""));
        groupItem.addListener((o, was, now) -> node.put(GROUP_ITEM, now == null ? "" : now.strip()));
        userName.addListener((o, was, now) -> node.put(NAME, now == null ? "" : now.strip()));
        userParty.addListener((o, was, now) -> node.put(PARTY, now == null ? "" : now.strip()));
        wordsPerMinute.addListener((o, was, now) -> node.putInt(PACE, now.intValue()));
    }

    /** The user's own preferences node for Ledamot. */
    public static WriterPreferences forUser() {
        return new WriterPreferences(Preferences.userRoot().node("se/ledamot/writer"));
    }

    public StringProperty userName() {
        return userName;
    }

    public StringProperty userParty() {
        return userParty;
    }

    /**
     * The party group last chosen in Partigrupp on a shared server; a data folder keeps its own
     * ({@link AppContext#partyGroup()}).
     */
    public StringProperty partyGroup() {
        return partyGroup;
    }

    /** The meeting last worked on in Protokoll (its id; 0 none), opened again on the next start. */
    public StringProperty minutesMeeting() {
        return minutesMeeting;
    }

    /** The meeting last chosen in Partigrupp on a shared server (its id; "" none); a data folder keeps its own. */
    public StringProperty groupMeeting() {
        return groupMeeting;
    }

    /** The agenda item last chosen in Partigrupp on a shared server (its id; "" none); a data folder keeps its own. */
    public StringProperty groupItem() {
        return groupItem;
    }

    public IntegerProperty wordsPerMinute() {
        return wordsPerMinute;
    }

    public SpeakingTime speakingTime() {
        return new SpeakingTime(wordsPerMinute.get());
    }
}
