package se.ledamot.brief.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.debate.SpeakerList;
import se.ledamot.domain.debate.SpeechKind;
import se.ledamot.domain.papers.MeetingPapers;

/** The line of a debated paragraph that names who spoke, as Swedish council minutes have it. */
class SpeakersInMinutesTest {
    private static final Matter MOTION = Matter.newMatter(MatterKind.MOTION, "Motion om ett integrationsråd").build();

    private static MeetingPapers.Entry debated(List<Speaker> turns) {
        return new MeetingPapers.Entry(4, null, null, MOTION, null, null, null, false, null,
                SpeakerList.debaters(turns));
    }

    private static Speaker turn(String who, SpeechKind kind) {
        return new Speaker(Person.parse(who), kind, 2, "");
    }

    /** A reply is speaking; a second speech names nobody twice; one typed without a party gets it from another turn. */
    @Test
    void everyoneWhoSpokeIsNamedOnceInTheOrderOfFirstSpeakingWithTheParty() {
        var e = debated(List.of(turn("Anna Andersson (S)", SpeechKind.SPEECH),
                turn("Bertil Berg", SpeechKind.REPLY), turn("Anna Andersson (S)", SpeechKind.REPLY),
                turn("Cecilia Ceder (V)", SpeechKind.SPEECH), turn("bertil  berg (M)", SpeechKind.SPEECH),
                turn("Anna Andersson", SpeechKind.SPEECH)));
        assertThat(MinutesWords.spoke(e))
                .isEqualTo("I debatten yttrar sig Anna Andersson (S), Bertil Berg (M) och Cecilia Ceder (V).");
    }

    @Test
    void oneSpeakerIsNamedAlone() {
        assertThat(MinutesWords.spoke(debated(List.of(turn("Anna Andersson (S)", SpeechKind.SPEECH)))))
                .isEqualTo("I debatten yttrar sig Anna Andersson (S).");
    }

    @Test
    void anItemNobodySpokeOnHasNoLine() {
        assertThat(MinutesWords.spoke(debated(List.of()))).isNull();
        assertThat(MinutesWords.spoke(new MeetingPapers.Entry(4, null, null, MOTION, null, null, null))).isNull();
    }
}
