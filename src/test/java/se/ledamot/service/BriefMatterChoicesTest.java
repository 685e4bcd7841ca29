package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.store.Database;
import se.ledamot.store.TestDatabases;

/**
 * The matters a brief offers: the open ones, and before them the matter chosen in the register when it is closed,
 * read once (as finding it reads it), and not when it is in the trash.
 */
class BriefMatterChoicesTest {
    @TempDir
    Path folder;

    @Test
    void aClosedMatterChosenIsReadOnceAndOfferedFirstUnlessInTheTrash() {
        AtomicInteger queries = new AtomicInteger();
        ExecuteListener counter = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                queries.incrementAndGet();
            }
        };
        Database db = TestDatabases.local(folder);
        try (Ledamot app = new Ledamot(db, db.dsl().configuration().derive(counter).dsl(), DebateBriefQueriesTest.CLOCK,
                folder)) {
            Matter open = app.matters().add(motion("Motion om cykelvägar", Status.SUBMITTED));
            Matter closed = app.matters().add(motion("Motion om skolskjutsar", Status.DECIDED));
            Matter trashed = app.matters().add(motion("Motion om busskort", Status.DECIDED));
            app.trash().trash(trashed.id());

            queries.set(0);
            assertThat(app.briefs().matterChoices(closed.id())).extracting(Matter::id)
                    .containsExactly(closed.id(), open.id());
            int choosing = queries.getAndSet(0);
            app.matters().find(closed.id()).orElseThrow();
            assertThat(choosing).isPositive().isEqualTo(queries.get());

            assertThat(app.briefs().matterChoices(trashed.id())).extracting(Matter::id).containsExactly(open.id());
            assertThat(app.briefs().matterChoices(open.id())).extracting(Matter::id).containsExactly(open.id());
        }
    }

    private static Matter motion(String title, Status status) {
        return Matter.newMatter(MatterKind.MOTION, title).submitted(LocalDate.parse("2026-03-01")).status(status)
                .body("Bakgrund").build();
    }
}
