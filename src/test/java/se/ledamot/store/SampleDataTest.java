package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;

class SampleDataTest {
    @TempDir
    Path folder;

    @Test
    void newDatabaseGetsTheFourSampleMattersOnceAndCanRemoveThem() {
        try (Database db = Database.open(folder)) {
            SampleData samples = new SampleData(db);
            assertThat(samples.loadIfNew()).hasSize(4);
            MatterStore store = new MatterStore(db);
            assertThat(store.list()).extracting(Matter::kind).containsExactlyInAnyOrder(MatterKind.MOTION,
                    MatterKind.INTERPELLATION, MatterKind.SPEECH, MatterKind.REFERRAL);
            assertThat(new AttachmentStore(db).of(store.list().getFirst().id())).singleElement()
                    .satisfies(a -> assertThat(a.sample()).isTrue());

            assertThat(samples.remove()).isEqualTo(4);
            assertThat(store.list()).isEmpty();
            assertThat(store.trashed()).hasSize(4);
            // Offered once: an emptied database does not fill up again at the next start.
            assertThat(samples.loadIfNew()).isEmpty();
            assertThat(store.list()).isEmpty();
        }
    }

    @Test
    void databaseWithMattersOfItsOwnGetsNoSamples() {
        try (Database db = Database.open(folder)) {
            new MatterStore(db).add(Matter.newMatter(MatterKind.QUESTION, "Egen fråga").build());
            assertThat(new SampleData(db).loadIfNew()).isEmpty();
            assertThat(new MatterStore(db).list()).hasSize(1);
        }
    }

    @Test
    void everySampleInTheJarIsReadable() {
        assertThat(SampleData.names()).hasSize(4).allMatch(n -> n.endsWith(".txt"));
    }
}
