package se.ledamot.brief.doc;

import static se.ledamot.brief.doc.Composer.t;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import se.ledamot.brief.layout.Align;
import se.ledamot.domain.Person;
import se.ledamot.domain.debate.Speaker;

/**
 * The speakers of an item, with the group's own speaker told in the same place: who speaks for the group and the
 * list of speakers are one fact, so a page never names a speaker above and says below that nobody has asked to speak.
 */
final class Speakers {
    /** A speaker's text up to this length is printed; a longer one is only noted, as it has its own paper. */
    private static final int SHORT_SPEECH = 200;

    private Speakers() {
    }

    /** @param groupSpeaker who speaks for the group, as the group wrote it ("Emma Ramhult (V)"), or null */
    static void print(Composer c, String groupSpeaker, List<Speaker> speakers) {
        c.h2(t("debate.speakers"));
        float after = c.style().body().size() * 0.5f;
        boolean listed = groupSpeaker != null && speakers.stream().anyMatch(s -> same(s.person(), groupSpeaker));
        if (speakers.isEmpty()) {
            c.line(c.style().bodyItalic(), groupSpeaker == null ? t("debate.noSpeakers")
                    : t("debate.groupSpeakerOnly", groupSpeaker), Align.LEFT, after);
            return;
        }
        List<String> lines = new ArrayList<>();
        for (Speaker s : speakers) {
            String text = s.text().strip();
            String note = text.isEmpty() ? "" : text.length() <= SHORT_SPEECH
                    ? " — " + text.replaceAll("\\s+", " ") : " " + t("debate.speechText");
            String forGroup = groupSpeaker != null && same(s.person(), groupSpeaker) ? t("debate.forGroup") : "";
            lines.add(t("debate.speakerLine", s.person().display(), t("speech." + s.kind().code()), s.minutes())
                    + forGroup + note);
        }
        c.list(IntStream.rangeClosed(1, speakers.size()).mapToObj(i -> i + ".").toList(), lines);
        if (groupSpeaker != null && !listed) {
            c.line(c.style().bodyItalic(), t("debate.groupSpeakerMissing", groupSpeaker), Align.LEFT, after);
        }
    }

    /** The same person, whether the group wrote "Emma Ramhult (V)" or "Emma Ramhult". */
    static boolean same(Person person, String written) {
        String name = Person.parse(written).name();
        return person.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT));
    }
}
