package se.ledamot.store.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.ConflictKind;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.store.MatterStore;
import se.ledamot.store.ServerRole;
import se.ledamot.store.TestPostgres;

/**
 * A member's laptop changes an official field of a matter the secretariat registered (a question's reply date, which
 * only the secretariat may change on the server, db/postgresql/V9_1). The change cannot arrive; it must not be kept
 * here silently either: the sync says so (a conflict "not allowed"), the laptop keeps showing the member's value until
 * the member chooses, nothing of it reaches the server (not even a timeline line claiming it), and choosing the
 * server's value puts the laptop back in step.
 */
class MemberOfficialFieldSyncTest {
    private static final LocalDate ASKED = LocalDate.parse("2026-10-01");
    private static final LocalDate DUE = LocalDate.parse("2026-12-15");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate MINE = LocalDate.parse("2026-11-01");

    @TempDir
    Path temp;

    @Test
    void aMembersEditOfAnOfficialFieldIsShownAsNotAllowedAndNeverSilentlyKept() throws Exception {
        try (SyncFixture world = new SyncFixture().enrol("off_anna", "S", ServerRole.MEMBER)) {
            MatterStore server = new MatterStore(world.server(TestPostgres.ADMIN).dsl(), CLOCK);
            long id = server.add(Matter.newMatter(MatterKind.QUESTION, "Fråga om skolskjutsen").submitted(ASKED)
                    .replyBy(DUE).addressee(new Addressee("Karin Ek", "M", "kommunstyrelsens ordförande"))
                    .status(Status.SUBMITTED).build()).id();
            SyncFixture.Laptop anna = world.laptop(temp.resolve("anna"), "off_anna");
            assertThat(anna.sync().complete()).isTrue();

            MatterStore here = new MatterStore(anna.local.dsl(), CLOCK);
            Matter mine = here.list().stream().filter(m -> m.title().equals("Fråga om skolskjutsen"))
                    .findFirst().orElseThrow();
            int timelineBefore = server.timeline(id).size();
            here.save(here.find(mine.id()).orElseThrow().toBuilder().replyBy(MINE).build());

            SyncReport report = anna.sync();

            assertThat(report.complete()).isTrue();
            assertThat(server.find(id).orElseThrow().replyBy()).as("the server keeps the secretariat's date")
                    .isEqualTo(DUE);
            assertThat(server.timeline(id)).as("no timeline line on the server claims the change")
                    .hasSize(timelineBefore);
            assertThat(report.conflicts()).as("the sync says the change was not taken").isEqualTo(1);
            List<Conflict> waiting = anna.conflicts().list();
            assertThat(waiting).singleElement().satisfies(c -> {
                assertThat(c.kind()).isEqualTo(ConflictKind.NOT_ALLOWED);
                assertThat(c.field()).isEqualTo("reply_by");
                assertThat(c.mine()).contains("2026-11-01");
                assertThat(c.theirs()).contains("2026-12-15");
            });
            assertThat(here.find(mine.id()).orElseThrow().replyBy()).as("the member's value stays visible here")
                    .isEqualTo(MINE);
            assertThat(new ReplicaSync(anna.local.dsl(), null, anna.clock).waiting())
                    .as("not counted as going with the next sync: it waits for the member's choice").isZero();

            // A later sync neither loses the member's value nor pretends it arrived.
            assertThat(anna.sync().complete()).isTrue();
            assertThat(anna.conflicts().list()).singleElement().extracting(Conflict::kind)
                    .isEqualTo(ConflictKind.NOT_ALLOWED);
            assertThat(here.find(mine.id()).orElseThrow().replyBy()).isEqualTo(MINE);
            assertThat(server.timeline(id)).hasSize(timelineBefore);

            // Taking the server's date undoes the edit here, and the laptop is in step again.
            anna.conflicts().resolve(anna.conflicts().list().getFirst(), Resolution.THEIRS, null);
            SyncReport after = anna.sync();
            assertThat(after.conflicts()).isZero();
            assertThat(here.find(mine.id()).orElseThrow().replyBy()).isEqualTo(DUE);
            assertThat(anna.conflicts().count()).isZero();
            assertThat(new ReplicaSync(anna.local.dsl(), null, anna.clock).waiting()).isZero();
            assertThat(server.find(id).orElseThrow().replyBy()).isEqualTo(DUE);
            assertThat(server.timeline(id)).hasSize(timelineBefore);
            assertThat(here.timeline(mine.id())).as("the undone edit leaves no line here either")
                    .extracting(c -> c.field()).doesNotContain("reply_by");
        }
    }
    @Test
    void aMembersTrashOfASharedMatterLeavesTheServersMatterAndTimelineAlone() throws Exception {
        try (SyncFixture world = new SyncFixture().enrol("off_bo", "S", ServerRole.MEMBER)) {
            MatterStore server = new MatterStore(world.server(TestPostgres.ADMIN).dsl(), CLOCK);
            long id = server.add(Matter.newMatter(MatterKind.QUESTION, "Fråga om busskorten").submitted(ASKED)
                    .replyBy(DUE).status(Status.SUBMITTED).build()).id();
            SyncFixture.Laptop bo = world.laptop(temp.resolve("bo"), "off_bo");
            assertThat(bo.sync().complete()).isTrue();
            MatterStore here = new MatterStore(bo.local.dsl(), CLOCK);
            long mine = here.list().getFirst().id();
            int timelineBefore = server.timeline(id).size();
            here.trash(mine);

            assertThat(bo.sync().complete()).isTrue();

            assertThat(server.find(id)).as("still in the server's register").isPresent();
            assertThat(server.trashed()).isEmpty();
            assertThat(server.timeline(id)).as("no line on the server says it was trashed").hasSize(timelineBefore);
            assertThat(bo.conflicts().list()).extracting(c -> c.kind() + " " + c.field())
                    .containsExactly("NOT_ALLOWED trashed_at");
        }
    }
}
