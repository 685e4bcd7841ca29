package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;

/**
 * The walk of round 24: the sample remiss's handlingar printed the whole blog post it is made from — its title line
 * again under the matter's title, the evening's coffee, the projector, the press that did not come. The sample
 * holds the remiss's own text: the paragraphs about the report on remiss and what was said of it. Its seed stays as
 * it is (the importer's first test reads it whole).
 */
@OnBothEngines
class SampleReferralTextTest {
    @Parameter
    Engine engine;

    @TempDir
    Path folder;

    @Test
    void theSampleReferralHoldsTheRemisssOwnTextNotTheWholePost() {
        try (OpenDatabase db = TestDatabases.open(engine, folder)) {
            new SampleData(db.dsl(), Clock.systemUTC()).loadIfNew();
            Matter referral = new MatterStore(db.dsl(), Clock.systemUTC()).list().stream()
                    .filter(m -> m.kind() == MatterKind.REFERRAL).findFirst().orElseThrow();
            assertThat(referral.body()).startsWith("I kväll har integrationsgruppen mött frivilligorganisationerna")
                    .contains("vår rapport som nu är ute på remiss", "ett program och en handlingsplan",
                            "Alla svar ska vara inne senast", "samverkansöverenskommelse.")
                    .doesNotContain("Kaffet", "tjusiga bilder", "Borås Tidning", "Radio Sjuhärad")
                    .doesNotStartWith(referral.title());
        }
    }
}
