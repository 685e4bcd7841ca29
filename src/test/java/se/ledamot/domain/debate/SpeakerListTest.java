package se.ledamot.domain.debate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.answer.SpeakingTime;

class SpeakerListTest {
    static final Matter QUESTION = Matter.newMatter(MatterKind.QUESTION, "Fråga om busskort")
            .status(Status.SUBMITTED).authors(List.of(new Person("Eva Berg", "V")))
            .addressee(new Addressee("Göran Dahlström", "S", "kommunstyrelsens ordförande")).build();
    static final Matter MOTION = Matter.newMatter(MatterKind.MOTION, "Motion om ett integrationsråd")
            .status(Status.PREPARED).authors(List.of(new Person("Eva Berg", "V"))).build();

    private static Speaker speech(String who, int minutes) {
        return new Speaker(Person.parse(who), SpeechKind.SPEECH, minutes, "");
    }

    private static Speaker reply(String who, int minutes) {
        return new Speaker(Person.parse(who), SpeechKind.REPLY, minutes, "");
    }

    private static String keyOf(Throwable e) {
        return ((DomainException) e).key();
    }

    @Test
    void onAQuestionTheAskerAndTheAnswererMaySpeak() {
        SpeakerList list = SpeakerList.empty(QUESTION, TimeLimits.TYPICAL)
                .add(speech("Göran Dahlström (S)", 3))
                .add(speech("eva  berg", 2))
                .add(reply("Göran Dahlström", 1));
        assertThat(list.speakers()).hasSize(3);
        assertThat(list.totalMinutes()).isEqualTo(6);
    }

    @Test
    void onAQuestionAnyoneElseIsRefusedWithTheReason() {
        SpeakerList list = SpeakerList.empty(QUESTION, TimeLimits.TYPICAL).add(speech("Eva Berg (V)", 2));
        assertThatThrownBy(() -> list.add(speech("Anna Ek (C)", 2)))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("debate.question.onlyAskerAndAnswerer"))
                .satisfies(e -> assertThat(((DomainException) e).args()).contains("Anna Ek (C)", "Eva Berg (V)"));
        assertThat(list.speakers()).hasSize(1);
    }

    @Test
    void onAMotionAnyMemberMaySpeak() {
        assertThat(SpeakerList.empty(MOTION, TimeLimits.TYPICAL).add(speech("Anna Ek (C)", 5)).speakers()).hasSize(1);
    }

    @Test
    void aFirstSpeechMayBeLongerThanALaterOne() {
        SpeakerList list = SpeakerList.empty(MOTION, TimeLimits.TYPICAL).add(speech("Anna Ek (C)", 5));
        assertThat(list.limitAt(0)).isEqualTo(5);
        assertThatThrownBy(() -> list.add(speech("Anna Ek (C)", 4)))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("debate.laterSpeech.tooLong"));
        assertThat(list.add(speech("Anna Ek (C)", 3)).limitAt(1)).isEqualTo(3);
        assertThatThrownBy(() -> list.add(speech("Eva Berg (V)", 6)))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("debate.firstSpeech.tooLong"));
    }

    @Test
    void aBodyWithoutLimitsLetsASpeakerTakeTheTimeNeeded() {
        assertThat(SpeakerList.empty(MOTION, TimeLimits.NONE).add(speech("Anna Ek", 20)).limitAt(0)).isZero();
    }

    @Test
    void aReplyIsShortAndAnswersSomeoneElsesSpeech() {
        SpeakerList empty = SpeakerList.empty(MOTION, TimeLimits.TYPICAL);
        assertThatThrownBy(() -> empty.add(reply("Anna Ek", 1)))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("debate.reply.nothingToReplyTo"));
        SpeakerList one = empty.add(speech("Eva Berg (V)", 4));
        assertThatThrownBy(() -> one.add(reply("Anna Ek", 3)))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("debate.reply.tooLong"));
        assertThat(one.add(reply("Anna Ek", 2)).speakers()).hasSize(2);
    }

    @Test
    void movingASpeakerRechecksWhoseSpeechIsFirst() {
        SpeakerList list = SpeakerList.empty(MOTION, new TimeLimits(5, 3, 2))
                .add(speech("Anna Ek", 5)).add(speech("Anna Ek", 3));
        // Moving the 3-minute speech first makes the 5-minute one a later speech: refused.
        assertThatThrownBy(() -> list.move(1, 0))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("debate.laterSpeech.tooLong"));
        assertThat(list.remove(0).speakers()).singleElement().satisfies(s -> assertThat(s.minutes()).isEqualTo(3));
    }

    @Test
    void theKatrineholmSpeechIsKeptAsTheTextOfASpeech() throws Exception {
        String text = Files.readString(Path.of("seeds").resolve(Files.list(Path.of("seeds"))
                .filter(p -> p.getFileName().toString().startsWith("000_")).findFirst().orElseThrow().getFileName()));
        Matter matter = Matter.newMatter(MatterKind.OTHER, "Integrationsarbetet under kommunstyrelsen")
                .status(Status.SUBMITTED).build();
        SpeakerList list = SpeakerList.empty(matter, TimeLimits.TYPICAL)
                .add(new Speaker(Person.parse("Ledamot (V)"), SpeechKind.SPEECH, 5, text));
        assertThat(list.speakers().getFirst().text()).contains("integrationsråd");
        assertThat(SpeakingTime.wordCount(list.speakers().getFirst().text())).isGreaterThan(300);
    }

    /** The minutes name each speaker once, in the order of first speaking; a reply is speaking too. */
    @Test
    void theDebatersAreEachSpeakerOnceInTheOrderOfFirstSpeaking() {
        List<Speaker> turns = SpeakerList.empty(MOTION, TimeLimits.TYPICAL).add(speech("Eva Berg", 3))
                .add(reply("Anna Ek (C)", 1)).add(speech("Bo Ek (S)", 3)).add(speech("eva berg (V)", 2)).speakers();
        assertThat(SpeakerList.debaters(turns)).containsExactly(new Person("Eva Berg", "V"),
                new Person("Anna Ek", "C"), new Person("Bo Ek", "S"));
    }
}
