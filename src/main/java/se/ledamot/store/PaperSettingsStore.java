package se.ledamot.store;

import static se.ledamot.store.jooq.Tables.BODY_PAPERS;
import static se.ledamot.store.jooq.Tables.BODY_SEAT;
import static se.ledamot.store.jooq.Tables.BODY_STANDARD_ITEM;
import static se.ledamot.store.jooq.Tables.PAPER_SETTINGS;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.papers.BodyPapers;
import se.ledamot.domain.papers.Logo;
import se.ledamot.domain.papers.PaperFields;
import se.ledamot.domain.papers.PaperSettings;
import se.ledamot.domain.minutes.Seat;
import se.ledamot.domain.papers.StandardItem;
import se.ledamot.domain.sync.RowMerge;
import se.ledamot.store.jooq.tables.records.BodyPapersRecord;

/**
 * The secretariat's settings for its papers: the council's logo, notice board and archive, and each body's
 * chair, secretary, standard items and seats. A body with no row has the usual settings.
 */
public final class PaperSettingsStore {
    private static final String OPENING = "opening";
    private static final String CLOSING = "closing";

    private final DSLContext dsl;
    private final Clock clock;

    public PaperSettingsStore(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public PaperSettings load() {
        var row = dsl.selectFrom(PAPER_SETTINGS).where(PAPER_SETTINGS.ID.eq(1)).fetchOne();
        Map<String, List<StandardItem>> opening = standard(OPENING);
        Map<String, List<StandardItem>> closing = standard(CLOSING);
        Map<String, List<Seat>> seats = dsl.selectFrom(BODY_SEAT).orderBy(BODY_SEAT.BODY_CODE, BODY_SEAT.POSITION)
                .fetch().stream().collect(Collectors.groupingBy(r -> r.getBodyCode(), Collectors.mapping(
                        r -> new Seat(new Person(r.getName(), r.getParty()),
                                Seat.Role.fromCode(r.getRole()).orElse(Seat.Role.MEMBER)), Collectors.toList())));
        List<BodyPapers> bodies = new ArrayList<>();
        for (BodyPapersRecord r : dsl.selectFrom(BODY_PAPERS).orderBy(BODY_PAPERS.BODY_CODE).fetch()) {
            String code = r.getBodyCode();
            bodies.add(new BodyPapers(code, person(r.getChairName(), r.getChairParty()),
                    person(r.getFirstViceName(), r.getFirstViceParty()),
                    person(r.getSecondViceName(), r.getSecondViceParty()), r.getSecretary(), r.getPublicMeeting(),
                    r.getWebcast(), r.getAbsence(), r.getAdjusters(), opening.getOrDefault(code, List.of()),
                    closing.getOrDefault(code, List.of()), seats.getOrDefault(code, List.of())));
        }
        if (row == null) {
            return new PaperSettings(null, null, null, null, bodies);
        }
        return new PaperSettings(row.getLogo() == null ? null : Logo.of(row.getLogo()),
                row.getNoticeBoard(), row.getMinutesKept(), row.getReferMotionsTo(), bodies);
    }

    /** Stores every setting: the council's row and each body's, replacing what was there. */
    public void save(PaperSettings s) {
        dsl.transaction(tx -> {
            DSLContext d = tx.dsl();
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            saveCouncil(d, s, now);
            for (BodyPapers b : s.bodies()) {
                new BodyStore(d).require(b.body());
                saveBody(d, b, now);
            }
        });
    }

    /**
     * Stores the settings changed from the copy {@code base} the screen showed, met with what is stored now
     * (optimistic locking, issue 16.5): the fields of {@link PaperFields#of} for the council and {@code body}, each as
     * {@link RowMerge} says; a field both changed is not written but handed back. The council's row and the body's
     * are locked while compared and written (a first save puts them in first, so two at once are compared too).
     */
    public RowMerge<PaperSettings> save(PaperSettings base, PaperSettings mine, Body body) {
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            d.insertInto(PAPER_SETTINGS).set(PAPER_SETTINGS.ID, 1).set(PAPER_SETTINGS.UPDATED_AT, now).onConflictDoNothing().execute();
            d.selectFrom(PAPER_SETTINGS).where(PAPER_SETTINGS.ID.eq(1)).forUpdate().fetch();
            if (body != null) {
                d.select(BODY_PAPERS.BODY_CODE).from(BODY_PAPERS).where(BODY_PAPERS.BODY_CODE.eq(body.code()))
                        .forUpdate().fetch();
            }
            PaperSettingsStore locked = new PaperSettingsStore(d, clock);
            PaperSettings theirs = locked.load();
            RowMerge<PaperSettings> merge = RowMerge.of(base, mine, theirs, PaperFields.of(body));
            merge = merge.conflicts().isEmpty() ? merge
                    : merge.savedBy(Writers.ofPaperSettings(d, body == null ? null : body.code()));
            if (!merge.merged().equals(theirs)) {
                locked.save(merge.merged());
            }
            return merge;
        });
    }

    /** Stores the council's row (logo, notice board, archive), and nothing of the bodies'. */
    void saveCouncil(PaperSettings s) {
        saveCouncil(dsl, s, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
    }

    private static void saveCouncil(DSLContext d, PaperSettings s, OffsetDateTime now) {
        byte[] logo = s.logo() == null ? null : s.logo().bytes();
        d.insertInto(PAPER_SETTINGS).set(PAPER_SETTINGS.ID, 1).set(PAPER_SETTINGS.LOGO, logo)
                .set(PAPER_SETTINGS.NOTICE_BOARD, s.noticeBoard()).set(PAPER_SETTINGS.MINUTES_KEPT, s.minutesKept())
                .set(PAPER_SETTINGS.REFER_MOTIONS_TO, s.referMotionsTo()).set(PAPER_SETTINGS.UPDATED_AT, now)
                .onConflict(PAPER_SETTINGS.ID).doUpdate()
                .set(PAPER_SETTINGS.LOGO, logo)
                .set(PAPER_SETTINGS.NOTICE_BOARD, s.noticeBoard()).set(PAPER_SETTINGS.MINUTES_KEPT, s.minutesKept())
                .set(PAPER_SETTINGS.REFER_MOTIONS_TO, s.referMotionsTo()).set(PAPER_SETTINGS.UPDATED_AT, now)
                .execute();
    }

    /** Stores one body's settings, replacing what was there, and nothing of the council's row. */
    void saveBody(BodyPapers b) {
        dsl.transaction(tx -> {
            new BodyStore(tx.dsl()).require(b.body());
            saveBody(tx.dsl(), b, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        });
    }

    private static void saveBody(DSLContext d, BodyPapers b, OffsetDateTime now) {
        Map<Field<?>, Object> row = new LinkedHashMap<>();
        row.put(BODY_PAPERS.CHAIR_NAME, b.chair() == null ? null : b.chair().name());
        row.put(BODY_PAPERS.CHAIR_PARTY, b.chair() == null ? null : b.chair().party());
        row.put(BODY_PAPERS.FIRST_VICE_NAME, b.firstVice() == null ? null : b.firstVice().name());
        row.put(BODY_PAPERS.FIRST_VICE_PARTY, b.firstVice() == null ? null : b.firstVice().party());
        row.put(BODY_PAPERS.SECOND_VICE_NAME, b.secondVice() == null ? null : b.secondVice().name());
        row.put(BODY_PAPERS.SECOND_VICE_PARTY, b.secondVice() == null ? null : b.secondVice().party());
        row.put(BODY_PAPERS.SECRETARY, b.secretary());
        row.put(BODY_PAPERS.PUBLIC_MEETING, b.publicMeeting());
        row.put(BODY_PAPERS.WEBCAST, b.webcast());
        row.put(BODY_PAPERS.ABSENCE, b.absence());
        row.put(BODY_PAPERS.ADJUSTERS, b.adjusters());
        row.put(BODY_PAPERS.UPDATED_AT, now);
        d.insertInto(BODY_PAPERS).set(BODY_PAPERS.BODY_CODE, b.body()).set(row)
                .onConflict(BODY_PAPERS.BODY_CODE).doUpdate().set(row).execute();
        d.deleteFrom(BODY_STANDARD_ITEM).where(BODY_STANDARD_ITEM.BODY_CODE.eq(b.body())).execute();
        writeStandard(d, b.body(), OPENING, b.opening());
        writeStandard(d, b.body(), CLOSING, b.closing());
        d.deleteFrom(BODY_SEAT).where(BODY_SEAT.BODY_CODE.eq(b.body())).execute();
        for (int i = 0; i < b.seats().size(); i++) {
            Seat seat = b.seats().get(i);
            d.insertInto(BODY_SEAT).set(BODY_SEAT.BODY_CODE, b.body()).set(BODY_SEAT.POSITION, i)
                    .set(BODY_SEAT.NAME, seat.person().name()).set(BODY_SEAT.PARTY, seat.person().party())
                    .set(BODY_SEAT.ROLE, seat.role().code()).execute();
        }
    }

    private static void writeStandard(DSLContext d, String body, String part, List<StandardItem> items) {
        for (int i = 0; i < items.size(); i++) {
            d.insertInto(BODY_STANDARD_ITEM).set(BODY_STANDARD_ITEM.BODY_CODE, body)
                    .set(BODY_STANDARD_ITEM.PART, part).set(BODY_STANDARD_ITEM.POSITION, i)
                    .set(BODY_STANDARD_ITEM.KIND, items.get(i).kind().code())
                    .set(BODY_STANDARD_ITEM.TITLE, items.get(i).title()).execute();
        }
    }

    private static Person person(String name, String party) {
        return name == null ? null : new Person(name, party);
    }

    private Map<String, List<StandardItem>> standard(String part) {
        return dsl.selectFrom(BODY_STANDARD_ITEM).where(BODY_STANDARD_ITEM.PART.eq(part))
                .orderBy(BODY_STANDARD_ITEM.BODY_CODE, BODY_STANDARD_ITEM.POSITION).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getBodyCode(), Collectors.mapping(
                        r -> new StandardItem(StandardItem.Kind.fromCode(r.getKind()).orElse(StandardItem.Kind.CUSTOM),
                                r.getTitle() == null && StandardItem.Kind.fromCode(r.getKind()).isEmpty()
                                        ? r.getKind() : r.getTitle()), Collectors.toList())));
    }
}
