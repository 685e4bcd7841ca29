package se.ledamot.store.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.PendingCounts;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.MeetingCalendar;
import se.ledamot.domain.meeting.Overdue;
import se.ledamot.store.CouncilRulesStore;
import se.ledamot.store.MatterStore;
import se.ledamot.store.MeetingStore;
import se.ledamot.store.OutlookStore;
import se.ledamot.store.ServerRole;
import se.ledamot.store.TestPostgres;
import se.ledamot.store.generate.CouncilGenerator;

/**
 * Issue 15: the overdue list and the dashboard's reads go through the (kind, status) index, on the laptop (H2) and
 * on the server (PostgreSQL) alike; after a first sync, after edits on the server and on the laptop and the syncs
 * that carry them, both still find exactly what the rules find over every open matter.
 */
class OutlookAfterSyncTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-22");
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path temp;

    @Test
    void theServerAndTheLaptopFindWhatTheRulesFindBeforeAndAfterEditsAndSyncs() throws Exception {
        try (SyncFixture world = new SyncFixture().enrol("outlook_anna", "S", ServerRole.MEMBER)) {
            DSLContext admin = world.server(TestPostgres.ADMIN).dsl();
            new CouncilGenerator(admin, TODAY, 19).generate(300, n -> { });
            SyncFixture.Laptop laptop = world.laptop(temp.resolve("anna"), "outlook_anna");
            assertThat(laptop.sync().complete()).isTrue();
            assertSameAsTheRules(laptop.local.dsl());
            assertSameAsTheRules(admin);

            // Edits on the server: one open matter decided, one given a passed reply date, one trashed.
            MatterStore server = new MatterStore(admin, CLOCK);
            List<Matter> open = openMatters(admin);
            Matter closing = open.stream().filter(m -> m.kind().hasProposals()).findFirst().orElseThrow();
            server.save(server.find(closing.id()).orElseThrow().toBuilder().status(Status.DECIDED).build());
            Matter dated = open.stream().filter(m -> !m.kind().hasProposals() && m.replyBy() == null).findFirst()
                    .orElseThrow();
            server.save(server.find(dated.id()).orElseThrow().toBuilder().replyBy(TODAY.minusDays(3)).build());
            server.trash(open.getLast().id());
            // And one on the laptop: a question given a passed reply date (a member's own copy; whether the server
            // takes it is the sync's rights, not this test's).
            MatterStore local = new MatterStore(laptop.local.dsl(), CLOCK);
            Matter question = openMatters(laptop.local.dsl()).stream().filter(m -> m.kind().hasAddressee())
                    .findFirst().orElseThrow();
            local.save(local.find(question.id()).orElseThrow().toBuilder().replyBy(TODAY.minusDays(40)).build());

            assertThat(laptop.sync().complete()).isTrue();
            assertThat(there(laptop.local.dsl(), dated).replyBy()).as("the server's edit on the laptop")
                    .isEqualTo(TODAY.minusDays(3));
            for (DSLContext dsl : List.of(laptop.local.dsl(), admin)) {
                assertSameAsTheRules(dsl);
                assertThat(Overdue.of(new OutlookStore(dsl).overdueCandidates(TODAY), rules(dsl), TODAY))
                        .extracting(e -> e.matter().title()).contains(dated.title());
                assertThat(there(dsl, closing).status()).isEqualTo(Status.DECIDED);
            }
            assertThat(Overdue.of(new OutlookStore(laptop.local.dsl()).overdueCandidates(TODAY),
                    rules(laptop.local.dsl()), TODAY)).extracting(e -> e.matter().title()).contains(question.title());
            // The reply date is the secretariat's (V9_1): the server keeps its own, the laptop shows the member's edit
            // as a conflict to choose in (MemberOfficialFieldSyncTest follows it through).
            assertThat(there(admin, question).replyBy()).isEqualTo(question.replyBy());
            assertThat(laptop.conflicts().list()).extracting(c -> c.kind() + " " + c.field())
                    .containsExactly("NOT_ALLOWED reply_by");
        }
    }

    /** The same matter in another database (each keeps its own ids): by title and submission day. */
    private static Matter there(DSLContext dsl, Matter m) {
        return new MatterStore(dsl, CLOCK).list().stream().filter(o -> o.title().equals(m.title())
                && java.util.Objects.equals(o.submitted(), m.submitted())).findFirst().orElseThrow();
    }

    private static List<Matter> openMatters(DSLContext dsl) {
        return new MatterStore(dsl, CLOCK).list().stream().filter(m -> m.lifecycle().isOpen(m.status()))
                .map(m -> m.toBuilder().body("").answer("").build()).toList();
    }

    private static Deadlines rules(DSLContext dsl) {
        return new MeetingCalendar(new CouncilRulesStore(dsl).load(), new MeetingStore(dsl, CLOCK).list())
                .deadlines();
    }

    /** The reads through the index against every open matter read whole and run through the rules. */
    private static void assertSameAsTheRules(DSLContext dsl) {
        List<Matter> every = openMatters(dsl);
        Deadlines rules = rules(dsl);
        OutlookStore outlook = new OutlookStore(dsl);
        int found = 0;
        for (LocalDate day = TODAY.minusYears(6); day.isBefore(TODAY.plusYears(2)); day = day.plusDays(97)) {
            List<Overdue.Entry> all = Overdue.of(every, rules, day);
            assertThat(Overdue.of(outlook.overdueCandidates(day), rules, day)).as("overdue on " + day).isEqualTo(all);
            found += all.size();
            LocalDate by = day;
            List<Long> dueBy = every.stream().filter(m -> rules.all(m).stream().anyMatch(d -> !d.date().isAfter(by)))
                    .map(Matter::id).toList();
            assertThat(outlook.mayBeDueBy(day)).as("may be due by " + day).extracting(Matter::id)
                    .containsAll(dueBy);
        }
        assertThat(found).isGreaterThan(20);
        assertThat(outlook.pending()).isEqualTo(PendingCounts.of(every));
    }
}
