package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.meeting.MeetingStatus;

/**
 * Round 24: every sample's text starts and ends where the document itself does, as a secretary's handlingar and the
 * matter brief print it. The remiss printed the whole blog post it is made from (its title line again under the
 * matter's title, the evening's coffee, the projector, the press). The motion's page printed the blog's party banner
 * ("Vänsterpartiet"), the motion's title line again under the matter's title and a line of dots above each
 * signature; the speech began with the blog's account of the evening ("Här är en del av mitt inlägg …", "Just nu
 * skriver jag …") and its title line, not with the speech. The seeds stay as they are.
 */
@OnBothEngines
class SampleMatterTextTest {
    @Parameter
    Engine engine;

    @TempDir
    Path folder;

    @Test
    void theSampleReferralHoldsTheRemisssOwnTextNotTheWholePost() {
        Matter referral = sample(MatterKind.REFERRAL);
        assertThat(referral.body()).startsWith("I kväll har integrationsgruppen mött frivilligorganisationerna")
                .contains("vår rapport som nu är ute på remiss", "ett program och en handlingsplan",
                        "Alla svar ska vara inne senast", "samverkansöverenskommelse.")
                .doesNotContain("Kaffet", "tjusiga bilder", "Borås Tidning", "Radio Sjuhärad")
                .doesNotStartWith(referral.title());
    }

    @Test
    void theSampleMotionHoldsTheMotionsOwnTextFromItsFirstSentenceToItsSignatures() {
        Matter motion = sample(MatterKind.MOTION);
        assertThat(motion.body()).startsWith("En framgångsrik integrationspolitisk kräver")
                .contains("Vi föreslår därför:", "Att arbetet med att ta fram integrationsplanen ges hög")
                .endsWith("Jan Alexandersson (V)\n\nEmma Ramhult (V)");
        assertThat(motion.body().lines().map(String::strip))
                .doesNotContain("Vänsterpartiet", "Motion om att upprätta en integrationsplan")
                .noneMatch(line -> line.matches("[.…_]{2,}"));
        assertThat(motion.proposals()).hasSize(6);
    }

    @Test
    void theSampleSpeechIsTheSpeechNotTheBlogsAccountOfTheEveningAroundIt() {
        try (OpenDatabase db = TestDatabases.open(engine, folder)) {
            new SampleData(db.dsl(), Clock.systemUTC()).loadIfNew();
            Matter speech = kind(db, MatterKind.SPEECH);
            assertThat(speech.body()).startsWith("För något år sen motionerade vi från Vänsterpartiet")
                    .contains("Man använder alltså samma argument som vi då framförde!")
                    .endsWith("Hela kommunen behöver integreras.")
                    .doesNotContain(speech.title(), "Här är en del av mitt inlägg", "Just nu skriver", "raljera");
            Matter interpellation = kind(db, MatterKind.INTERPELLATION);
            Clock clock = Clock.systemUTC();
            long planned = new MeetingStore(db.dsl(), clock).list().stream()
                    .filter(m -> m.status() == MeetingStatus.PLANNED).findFirst().orElseThrow().id();
            long item = new AgendaStore(db.dsl(), clock).itemsOf(planned).stream()
                    .filter(i -> interpellation.id().equals(i.matterId())).findFirst().orElseThrow().id();
            List<Speaker> speakers = new DebateStore(db.dsl(), clock).open(item).speakers().speakers();
            assertThat(speakers).singleElement().extracting(Speaker::text).isEqualTo(speech.body());
        }
    }

    @Test
    void theSampleInterpellationAndItsAnswerStartAndEndWhereTheyDo() {
        Matter interpellation = sample(MatterKind.INTERPELLATION);
        assertThat(interpellation.body()).startsWith("Patrik Christierson har skickat in en interpellation")
                .endsWith("3 Vad är det som saknas?").doesNotContain("Svar på interpellation", "knåpat ihop");
        assertThat(interpellation.answer()).startsWith("Sävsjö kommun har idag en integrationsstrateg")
                .endsWith("Kommunens insatser kan, i de flesta fall, endast stötta detta arbete.")
                .doesNotContain("knåpat ihop", "Patrik Christierson");
    }

    private Matter sample(MatterKind k) {
        try (OpenDatabase db = TestDatabases.open(engine, folder)) {
            new SampleData(db.dsl(), Clock.systemUTC()).loadIfNew();
            return kind(db, k);
        }
    }

    private static Matter kind(OpenDatabase db, MatterKind k) {
        return new MatterStore(db.dsl(), Clock.systemUTC()).list().stream().filter(m -> m.kind() == k).findFirst()
                .orElseThrow();
    }
}
