package se.ledamot.store.generate;

import static se.ledamot.store.generate.Vocabulary.pick;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;
import org.jooq.DSLContext;
import se.ledamot.domain.Decision;
import se.ledamot.domain.MatterChange;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.Stance;
import se.ledamot.store.LoadIndexes;
import se.ledamot.store.StoreException;
import se.ledamot.store.generate.Vocabulary.BodyInfo;
import se.ledamot.store.generate.Vocabulary.Subject;

/**
 * Fills an empty database with a plausible municipality: N matters of every kind over the years (about 5 000 a
 * year, at least two years and at most twenty), the bodies and their meetings, agendas with the matters they dealt
 * with, answers to interpellations and questions, and party groups' positions on the council's items. The same
 * seed gives the same data. Rows go in JDBC batches, so 100 000 matters take seconds, not the hours one save each
 * would, and are committed every {@link #COMMIT_EVERY} matters: H2's commit of one transaction of 100 000 matters
 * and their children took minutes on its own, and every 2 000 took 6-7 % less CPU than every 10 000 at 20 000 (two
 * runs each; likely fewer pages H2 stores before their commit and again after it, not profiled). Each commit leaves a whole smaller
 * municipality, ids and identity columns agreeing; a failure part-way keeps what was committed before it.
 */
public final class CouncilGenerator {
    /** What was made. */
    public record Summary(int matters, int meetings, int agendaItems, int positions, int answers) {
    }

    private static final int MATTERS_PER_YEAR = 5_000;
    static final int COMMIT_EVERY = 2_000;
    private static final List<String> GROUPS = List.of("S", "V", "M");

    private final DSLContext dsl;
    private final LocalDate today;
    private final Random random;
    private final int commitEvery;

    public CouncilGenerator(DSLContext dsl, LocalDate today, long seed) {
        this(dsl, today, seed, COMMIT_EVERY);
    }

    /** With commits every {@code commitEvery} matters (a test's smaller number). */
    public CouncilGenerator(DSLContext dsl, LocalDate today, long seed, int commitEvery) {
        this.dsl = dsl;
        this.today = today;
        this.random = new Random(seed);
        this.commitEvery = commitEvery;
    }

    /** Generates {@code count} matters and all around them; progress is told in matters written. */
    public Summary generate(int count, IntConsumer progress) {
        return generate(count, progress, false);
    }

    /**
     * As {@link #generate(int, IntConsumer)} into a new H2 file nobody reads before it is whole (a side folder that
     * becomes the data folder when done, {@code GenerationFolder}): its {@link LoadIndexes} dropped while the rows go
     * in and made again after them, each in one pass. A failure or a kill part-way leaves the file without them.
     */
    public Summary generateUnindexed(int count, IntConsumer progress) {
        return generate(count, progress, true);
    }

    private Summary generate(int count, IntConsumer progress, boolean unindexed) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive");
        }
        if (dsl.fetchCount(se.ledamot.store.jooq.Tables.MATTER) > 0) {
            throw new StoreException("store.generate.notEmpty", null);
        }
        int years = Math.clamp((count + MATTERS_PER_YEAR - 1) / MATTERS_PER_YEAR, 2, 20);
        LocalDate first = today.minusYears(years);
        Summary summary = dsl.connectionResult(c -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            List<String> remade = unindexed ? LoadIndexes.remade(c) : List.of();
            try (Rows rows = new Rows(c); Statement statement = c.createStatement()) {
                for (String index : remade) {
                    statement.execute(LoadIndexes.drop(index));
                }
                Summary s = write(rows, count, first, progress);
                rows.commit();
                for (String index : remade) {
                    statement.execute(index);
                }
                return s;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        });
        // The rows went in through plain JDBC, unseen by the listener that notes a program's writes: this one is
        // seen, so an H2 file is forced to disk and compacted when the program is done with the folder.
        if (dsl.dialect().family() == org.jooq.SQLDialect.H2) {
            dsl.query("CHECKPOINT SYNC").execute();
        }
        return summary;
    }

    private Summary write(Rows rows, int count, LocalDate first, IntConsumer progress) throws SQLException {
        rows.declineSamples(at(today, 8));
        Map<String, List<Meeting>> meetings = meetings(rows, first);
        int meetingCount = meetings.values().stream().mapToInt(List::size).sum();
        int items = 0;
        int positions = 0;
        int answers = 0;
        long span = ChronoUnit.DAYS.between(first, today);
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 1; i <= count; i++) {
            MatterKind kind = MatterPlan.kind(random);
            LocalDate submitted = first.plusDays(random.nextLong(span + 1));
            Status status = MatterPlan.status(kind, submitted, today, random);
            Decision decision = MatterPlan.decision(kind, status, random);
            Subject subject = pick(random, Vocabulary.SUBJECTS);
            BodyInfo responsible = kind == MatterKind.REFERRAL ? pick(random, Vocabulary.BODIES.subList(1, 7))
                    : Vocabulary.BODIES.get(1);
            String role = pick(random, Vocabulary.ROLES);
            String title = Prose.title(kind, subject, role, pick(random, Vocabulary.SENDERS), random);
            String number = status == Status.DRAFT ? null : number(numbers, responsible.code(), submitted);
            String answer = "";
            if (kind.hasAddressee() && (status == Status.ANSWER_READY || status == Status.ANSWERED)) {
                answer = Prose.answer(subject, random);
                answers++;
            }
            OffsetDateTime created = at(submitted, 9);
            rows.matter(i, kind, number, title, Prose.body(kind, subject, submitted.getYear(), random),
                    status == Status.DRAFT ? null : submitted, kind.hasAddressee() ? person() : null,
                    kind.hasAddressee() ? role : null, responsible.name(), answer, status, decision,
                    kind == MatterKind.REFERRAL ? submitted.plusWeeks(6 + random.nextInt(5)) : null, created);
            writeAuthors(rows, i, kind);
            if (kind.hasProposals()) {
                rows.texts(Rows.PROPOSAL, i, Prose.proposals(subject, random));
            }
            if (kind.hasAddressee()) {
                rows.texts(Rows.QUESTION, i, Prose.questions(subject, random));
            }
            rows.tag(i, subject.area());
            rows.change(i, created, MatterChange.CREATED, null, title);
            Status initial = se.ledamot.domain.Lifecycle.of(kind).initial();
            if (status != initial) {
                rows.change(i, created.plusDays(1), "status", initial.code(), status.code());
            }
            if (MatterPlan.wasOnAgenda(status)) {
                String body = kind == MatterKind.REFERRAL ? responsible.code() : "KF";
                Meeting m = Meeting.firstFrom(meetings.get(body), submitted.plusDays(MatterPlan.daysToMeeting(kind,
                        random)));
                if (m != null && !m.date().isAfter(today)) {
                    long item = rows.agendaItem(m.id(), m.nextNumber(), (long) i, null,
                            Prose.proposalForDecision(kind, random), agendaDecision(kind, status, decision));
                    items++;
                    if (body.equals("KF")) {
                        positions += writePositions(rows, item, kind, subject);
                    }
                }
            }
            if (i % commitEvery == 0) {
                rows.commit();
            } else if (i % 1000 == 0) {
                rows.flush();
            }
            if (i % 1000 == 0) {
                progress.accept(i);
            }
        }
        if (count % 1000 != 0) {
            progress.accept(count);
        }
        return new Summary(count, meetingCount, items + rows.freeItems(), positions, answers);
    }

    private Map<String, List<Meeting>> meetings(Rows rows, LocalDate first) throws SQLException {
        rows.bodies(Vocabulary.BODIES);
        Map<String, List<Meeting>> all = new HashMap<>();
        for (BodyInfo body : Vocabulary.BODIES) {
            List<Meeting> list = new ArrayList<>();
            for (int year = first.getYear(); year <= today.getYear() + 1; year++) {
                for (int n = 0; n < body.meetingsPerYear(); n++) {
                    // Spread over the year, none in July; evenings for the council, afternoons for the rest.
                    int month = 1 + n * 11 / body.meetingsPerYear();
                    LocalDate date = LocalDate.of(year, month >= 7 ? month + 1 : month, 10 + random.nextInt(12));
                    if (date.isBefore(first) || date.isAfter(today.plusMonths(3))) {
                        continue;
                    }
                    LocalTime time = body.council() ? LocalTime.of(18, 0) : LocalTime.of(13, 0);
                    long id = rows.meeting(body.code(), date, time, date.isAfter(today) ? "planned" : "held");
                    rows.agendaItem(id, 1, null, "Val av justerare", "", null);
                    rows.agendaItem(id, 2, null, "Anmälningar och meddelanden", "", null);
                    list.add(new Meeting(id, date, 3));
                }
            }
            list.sort(java.util.Comparator.comparing(Meeting::date));
            all.put(body.code(), list);
        }
        return all;
    }

    private void writeAuthors(Rows rows, long matter, MatterKind kind) throws SQLException {
        if (kind == MatterKind.REFERRAL) {
            return;
        }
        if (kind == MatterKind.CITIZEN_PROPOSAL) {
            rows.author(matter, 0, name(), null);
            return;
        }
        String party = Vocabulary.party(random);
        int authors = kind == MatterKind.MOTION ? 1 + random.nextInt(3) : 1;
        for (int a = 0; a < authors; a++) {
            rows.author(matter, a, name(), a > 0 && random.nextInt(4) == 0 ? Vocabulary.party(random) : party);
        }
    }

    private int writePositions(Rows rows, long item, MatterKind kind, Subject subject) throws SQLException {
        int written = 0;
        for (String group : GROUPS) {
            if (random.nextInt(10) < 6) {
                List<Stance> stances = Stance.forKind(kind);
                rows.position(group, item, pick(random, stances).code(), name(), Prose.arguments(subject, random),
                        random.nextBoolean(), at(today, 8));
                written++;
            }
        }
        return written;
    }

    private static String agendaDecision(MatterKind kind, Status status, Decision decision) {
        if (decision != null) {
            return decision.code();
        }
        return switch (status) {
            case ANSWERED -> kind.hasAddressee() ? null : Decision.APPROVED.code();
            case TABLED -> Decision.TABLED.code();
            default -> null;
        };
    }

    private String number(Map<String, Integer> numbers, String body, LocalDate submitted) {
        String key = body + " " + submitted.getYear();
        int n = numbers.merge(key, 1, Integer::sum);
        return key + "/" + n;
    }

    private String name() {
        return pick(random, Vocabulary.FIRST_NAMES) + " " + pick(random, Vocabulary.SURNAMES);
    }

    private se.ledamot.domain.Person person() {
        return new se.ledamot.domain.Person(name(), Vocabulary.party(random));
    }

    private static OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atOffset(ZoneOffset.UTC);
    }

    /** A generated meeting and the number its next agenda item gets. */
    private static final class Meeting {
        private final long id;
        private final LocalDate date;
        private int next;

        Meeting(long id, LocalDate date, int next) {
            this.id = id;
            this.date = date;
            this.next = next;
        }

        long id() {
            return id;
        }

        LocalDate date() {
            return date;
        }

        int nextNumber() {
            return next++;
        }

        /** The first meeting on or after a day, by binary search over meetings sorted by date. */
        static Meeting firstFrom(List<Meeting> sorted, LocalDate day) {
            int lo = 0;
            int hi = sorted.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted.get(mid).date.isBefore(day)) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo < sorted.size() ? sorted.get(lo) : null;
        }
    }
}
