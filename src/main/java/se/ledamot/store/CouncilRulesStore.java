package se.ledamot.store;

import static se.ledamot.store.jooq.Tables.BODY;

import java.time.Month;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.BodyRules;
import se.ledamot.domain.meeting.CitizenProposals;
import se.ledamot.domain.meeting.CouncilRules;
import se.ledamot.domain.meeting.NoticeRule;
import se.ledamot.domain.meeting.RuleFields;
import se.ledamot.domain.sync.RowMerge;

/**
 * The council's rules as a whole ({@link CouncilRules}): the bodies with their rules (kept by {@link BodyStore}) and
 * the council's own settings (kept by {@link CouncilSettingStore}): its name, the months of the 5 kap. 35 § report,
 * citizen proposals (8 kap. 1–2 §§), when the report proposes striking off and how many days before a meeting it
 * is announced (5 kap. 11 §). A setting never stored has the law's
 * default, so a database made before these settings existed runs on exactly what it ran on before.
 */
public final class CouncilRulesStore {
    public static final String COUNCIL_NAME = "council_name";
    public static final String REPORT_MONTHS = "report_months";
    public static final String CITIZEN_PROPOSALS_ALLOWED = "citizen_proposals_allowed";
    public static final String CITIZEN_PROPOSALS_BODY = "citizen_proposals_body";
    public static final String STRIKE_OFF_AFTER_MONTHS = "strike_off_after_months";
    public static final String NOTICE_DAYS = "notice_days";

    private final DSLContext dsl;
    private final BodyStore bodies;
    private final CouncilSettingStore settings;

    public CouncilRulesStore(DSLContext dsl) {
        this.dsl = dsl;
        this.bodies = new BodyStore(dsl);
        this.settings = new CouncilSettingStore(dsl);
    }

    /** The rules as stored now (three reads). */
    public CouncilRules load() {
        Map<String, String> s = settings.all();
        List<BodyRules> all = bodies.bodyRules();
        String council = all.stream().filter(b -> b.body().council()).map(BodyRules::code).findFirst()
                .orElse(Body.COUNCIL);
        // A deciding body that is no longer among the bodies falls back to the council.
        String stored = s.get(CITIZEN_PROPOSALS_BODY);
        String decides = all.stream().map(BodyRules::code).filter(c -> c.equals(stored)).findFirst().orElse(council);
        CitizenProposals citizen = new CitizenProposals(!"false".equals(s.get(CITIZEN_PROPOSALS_ALLOWED)), decides);
        String strikeOff = s.get(STRIKE_OFF_AFTER_MONTHS);
        return new CouncilRules(s.getOrDefault(COUNCIL_NAME, ""), all, months(s.get(REPORT_MONTHS)), citizen,
                strikeOff == null ? null : Integer.valueOf(strikeOff),
                notice(s.get(NOTICE_DAYS)));
    }

    /** The days of notice before a meeting as stored (one read); never set, the law's week. */
    public NoticeRule notice() {
        return notice(settings.get(NOTICE_DAYS).orElse(null));
    }

    private static NoticeRule notice(String stored) {
        return stored == null ? NoticeRule.LAW : new NoticeRule(Integer.parseInt(stored));
    }

    /** The council's name as stored, "" when none is set. */
    public String councilName() {
        return settings.get(COUNCIL_NAME).orElse("");
    }

    /**
     * Stores the rules in one transaction: every body with its rules (a body stored before and not among them is
     * kept as it is: its meetings refer to it) and the council's settings, over whatever is stored (setting up a
     * council); a screen saves with the copy it showed, {@link #save(CouncilRules, CouncilRules)}.
     */
    public void save(CouncilRules rules) {
        dsl.transaction(tx -> {
            BodyStore b = new BodyStore(tx.dsl());
            rules.bodies().forEach(b::saveBodyRules);
            putSettings(new CouncilSettingStore(tx.dsl()), rules);
        });
    }

    /**
     * Stores the rules changed from the copy {@code base} the settings screen showed, met with what is stored now
     * (optimistic locking, issue 16.5: two secretaries of the council at once): each field of {@link RuleFields} as
     * {@link RowMerge} says; a field both changed is not written but handed back. Every body's row is locked while
     * the rules are compared and written: every save of the rules writes the bodies, so two saves take turns there.
     */
    public RowMerge<CouncilRules> save(CouncilRules base, CouncilRules mine) {
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            d.select(BODY.CODE).from(BODY).orderBy(BODY.CODE).forUpdate().fetch();
            CouncilRulesStore locked = new CouncilRulesStore(d);
            CouncilRules theirs = locked.load();
            RowMerge<CouncilRules> merge = RowMerge.of(base, mine, theirs, RuleFields.of(base, mine, theirs));
            merge = merge.conflicts().isEmpty() ? merge : merge.savedBy(Writers.ofRules(d));
            if (!merge.merged().equals(theirs)) {
                locked.write(merge.merged(), theirs);
            }
            return merge;
        });
    }

    /**
     * Writes the bodies and the council's settings that differ from {@code stored}. A setting left as it was is not
     * written: on a replica a written row travels with the next sync, and a default never stored (the law's week of
     * notice) would meet another secretary's value there as if she had chosen it.
     */
    private void write(CouncilRules rules, CouncilRules stored) {
        BodyStore b = new BodyStore(dsl);
        rules.bodies().stream().filter(r -> !stored.bodies().contains(r)).forEach(b::saveBodyRules);
        CouncilSettingStore s = new CouncilSettingStore(dsl);
        Map<String, String> was = settings(stored);
        settings(rules).forEach((name, value) -> {
            if (!java.util.Objects.equals(value, was.get(name))) {
                s.put(name, value);
            }
        });
    }

    private static void putSettings(CouncilSettingStore s, CouncilRules rules) {
        settings(rules).forEach(s::put);
    }

    /** The council's settings as stored, by name; null for one left to its default. */
    private static Map<String, String> settings(CouncilRules rules) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        out.put(COUNCIL_NAME, rules.councilName());
        out.put(REPORT_MONTHS, rules.reportMonths().stream().sorted().map(m -> String.valueOf(m.getValue()))
                .collect(Collectors.joining(",")));
        out.put(CITIZEN_PROPOSALS_ALLOWED, String.valueOf(rules.citizenProposals().allowed()));
        out.put(CITIZEN_PROPOSALS_BODY, rules.citizenProposals().decidingBody());
        out.put(STRIKE_OFF_AFTER_MONTHS, rules.strikeOffAfter().map(String::valueOf).orElse(null));
        out.put(NOTICE_DAYS, String.valueOf(rules.notice().daysBefore()));
        return out;
    }

    /** "4,10" as April and October; nothing stored is the usual two. */
    private static Set<Month> months(String stored) {
        if (stored == null || stored.isBlank()) {
            return CouncilRules.DEFAULT_REPORT_MONTHS;
        }
        Set<Month> out = EnumSet.noneOf(Month.class);
        Arrays.stream(stored.split(",")).map(String::strip).map(Integer::valueOf).map(Month::of).forEach(out::add);
        return out;
    }
}
