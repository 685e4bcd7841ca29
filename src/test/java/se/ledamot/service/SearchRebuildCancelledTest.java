package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.search.SearchQuery;

/** Avbryt on the index being made whole: the next search makes it whole again, and finds every matter. */
class SearchRebuildCancelledTest {
    @TempDir
    Path folder;

    @Test
    void aRebuildStoppedMidwayIsMadeWholeByTheNextSearch() {
        try (Ledamot app = Ledamot.open(folder)) {
            for (int i = 0; i < 3; i++) {
                app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om nattbussar " + i).build());
            }
            assertThat(app.search().needsRebuild()).isTrue();
            assertThatThrownBy(() -> app.search().prepare((done, all) -> {
                throw new CancellationException();
            })).isInstanceOf(CancellationException.class);
            assertThat(app.search().needsRebuild()).isTrue();
            assertThat(app.search().search(SearchQuery.of("nattbuss", 10))).hasSize(3);
            assertThat(app.search().needsRebuild()).isFalse();
        }
    }
}
