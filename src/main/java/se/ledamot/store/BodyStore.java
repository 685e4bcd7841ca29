package se.ledamot.store;

import static se.ledamot.store.jooq.Tables.BODY;
import static se.ledamot.store.jooq.Tables.SUBMISSION_RULE;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.calendar.HolidayShift;
import se.ledamot.domain.meeting.AnswerRule;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.BodyRules;
import se.ledamot.domain.meeting.SubmissionKind;
import se.ledamot.domain.meeting.SubmissionRule;

/**
 * The council's bodies (KF, KS, the committees) with their speaking-time limits, and their rules of procedure: the
 * submission rules (each with its holiday direction) and at which meeting interpellations and questions are answered.
 */
public final class BodyStore {
    /** Every body, the council first; plain JDBC, read for every command's deadline rules ({@link PlainReads}). */
    private static final String BODIES = "SELECT code, name, council, first_speech_minutes, later_speech_minutes,"
            + " reply_minutes, interpellation_answer, question_answer FROM body ORDER BY council DESC, code";
    private static final String RULES =
            "SELECT body_code, kind, form, amount, weekday, at_time, holiday_shift FROM submission_rule";

    private final DSLContext dsl;

    public BodyStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every body, the council first. */
    public List<Body> bodies() {
        return PlainReads.list(dsl, BODIES, BodyStore::body);
    }

    /** Every body with all its rules, the council first (two reads). */
    public List<BodyRules> bodyRules() {
        Map<String, List<SubmissionRule>> rules = rulesByBody();
        return PlainReads.list(dsl, BODIES, r -> BodyRules.of(body(r), rules.getOrDefault(r.getString(1), List.of()))
                .withAnswerRule(MatterKind.INTERPELLATION, answerRule(r.getString(7)))
                .withAnswerRule(MatterKind.QUESTION, answerRule(r.getString(8))));
    }

    /**
     * Stores a body with all its rules: adds it or updates the one with the same code, and replaces its submission
     * rules (the written answer among them) with these. In one transaction.
     */
    public void saveBodyRules(BodyRules rules) {
        dsl.transaction(tx -> {
            BodyStore store = new BodyStore(tx.dsl());
            Body b = rules.body();
            store.saveBody(b);
            tx.dsl().update(BODY)
                    .set(BODY.INTERPELLATION_ANSWER, rules.answerRule(MatterKind.INTERPELLATION).code())
                    .set(BODY.QUESTION_ANSWER, rules.answerRule(MatterKind.QUESTION).code())
                    .where(BODY.CODE.eq(b.code())).execute();
            tx.dsl().deleteFrom(SUBMISSION_RULE).where(SUBMISSION_RULE.BODY_CODE.eq(b.code())).execute();
            for (SubmissionRule r : rules.allRules()) {
                store.saveRule(b.code(), r);
            }
        });
    }

    public Optional<Body> body(String code) {
        String c = Body.normalize(code);
        return bodies().stream().filter(b -> b.code().equals(c)).findFirst();
    }

    /** The body, or a refusal that names the code. */
    public Body require(String code) {
        return body(code).orElseThrow(() -> new StoreException("store.body.missing", null, Body.normalize(code)));
    }

    /** Adds a body or updates the one with the same code. */
    public void saveBody(Body b) {
        dsl.insertInto(BODY).set(BODY.CODE, b.code()).set(BODY.NAME, b.name()).set(BODY.COUNCIL, b.council())
                .set(BODY.FIRST_SPEECH_MINUTES, b.firstSpeechMinutes())
                .set(BODY.LATER_SPEECH_MINUTES, b.laterSpeechMinutes()).set(BODY.REPLY_MINUTES, b.replyMinutes())
                .set(BODY.SAVED_AT, Writers.SAVED_NOW)
                .onConflict(BODY.CODE).doUpdate()
                .set(BODY.NAME, b.name()).set(BODY.COUNCIL, b.council())
                .set(BODY.FIRST_SPEECH_MINUTES, b.firstSpeechMinutes())
                .set(BODY.LATER_SPEECH_MINUTES, b.laterSpeechMinutes()).set(BODY.REPLY_MINUTES, b.replyMinutes())
                .set(BODY.SAVED_AT, Writers.SAVED_NOW)
                .execute();
    }

    public List<SubmissionRule> rules(String body) {
        return PlainReads.list(dsl, RULES + " WHERE body_code = ? ORDER BY kind", BodyStore::rule,
                Body.normalize(body));
    }

    /** Every body's rules, by body code, in one read. */
    public Map<String, List<SubmissionRule>> rulesByBody() {
        return PlainReads.list(dsl, RULES + " ORDER BY body_code, kind", r -> Map.entry(r.getString(1), rule(r)))
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** Sets a body's rule for one kind, replacing the one it had. */
    public void saveRule(String body, SubmissionRule rule) {
        String code = require(body).code();
        String form = rule.form().name().toLowerCase(Locale.ROOT);
        Integer weekday = rule.weekday() == null ? null : rule.weekday().getValue();
        String shift = rule.shift().code();
        dsl.insertInto(SUBMISSION_RULE)
                .set(SUBMISSION_RULE.BODY_CODE, code).set(SUBMISSION_RULE.KIND, rule.kind().code())
                .set(SUBMISSION_RULE.FORM, form).set(SUBMISSION_RULE.AMOUNT, rule.amount())
                .set(SUBMISSION_RULE.WEEKDAY, weekday).set(SUBMISSION_RULE.AT_TIME, rule.time())
                .set(SUBMISSION_RULE.HOLIDAY_SHIFT, shift)
                .onConflict(SUBMISSION_RULE.BODY_CODE, SUBMISSION_RULE.KIND).doUpdate()
                .set(SUBMISSION_RULE.FORM, form).set(SUBMISSION_RULE.AMOUNT, rule.amount())
                .set(SUBMISSION_RULE.WEEKDAY, weekday).set(SUBMISSION_RULE.AT_TIME, rule.time())
                .set(SUBMISSION_RULE.HOLIDAY_SHIFT, shift)
                .execute();
    }

    public void removeRule(String body, SubmissionKind kind) {
        dsl.deleteFrom(SUBMISSION_RULE).where(SUBMISSION_RULE.BODY_CODE.eq(Body.normalize(body)))
                .and(SUBMISSION_RULE.KIND.eq(kind.code())).execute();
    }

    /** A row of {@link #BODIES}. */
    private static Body body(ResultSet r) throws SQLException {
        return new Body(r.getString(1), r.getString(2), r.getBoolean(3), r.getInt(4), r.getInt(5), r.getInt(6));
    }

    /**
     * A row of {@link #RULES}. A rule stored without a direction (before V13) has the one a rule of its kind has
     * when it names none.
     */
    private static SubmissionRule rule(ResultSet r) throws SQLException {
        String shift = r.getString(7);
        Integer weekday = r.getObject(5, Integer.class);
        return new SubmissionRule(SubmissionKind.fromCode(r.getString(2)).orElseThrow(),
                SubmissionRule.Form.valueOf(r.getString(3).toUpperCase(Locale.ROOT)), r.getInt(4),
                weekday == null ? null : DayOfWeek.of(weekday), r.getObject(6, LocalTime.class),
                shift == null ? null : HolidayShift.valueOf(shift.toUpperCase(Locale.ROOT)));
    }

    /** Null (not chosen) is the usual rule of the kind. */
    private static AnswerRule answerRule(String code) {
        return code == null ? null : AnswerRule.valueOf(code.toUpperCase(Locale.ROOT));
    }
}
