package se.ledamot.store;

import static se.ledamot.store.jooq.Tables.BODY;
import static se.ledamot.store.jooq.Tables.SUBMISSION_RULE;

import java.time.DayOfWeek;
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
import se.ledamot.store.jooq.tables.records.BodyRecord;
import se.ledamot.store.jooq.tables.records.SubmissionRuleRecord;

/**
 * The council's bodies (KF, KS, the committees) with their speaking-time limits, and their rules of procedure: the
 * submission rules (each with its holiday direction) and at which meeting interpellations and questions are answered.
 */
public final class BodyStore {
    private final DSLContext dsl;

    public BodyStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every body, the council first. */
    public List<Body> bodies() {
        return dsl.selectFrom(BODY).orderBy(BODY.COUNCIL.desc(), BODY.CODE).fetch(BodyStore::body);
    }

    /** Every body with all its rules, the council first (two reads). */
    public List<BodyRules> bodyRules() {
        Map<String, List<SubmissionRule>> rules = rulesByBody();
        return dsl.selectFrom(BODY).orderBy(BODY.COUNCIL.desc(), BODY.CODE).fetch(r -> BodyRules
                .of(body(r), rules.getOrDefault(r.getCode(), List.of()))
                .withAnswerRule(MatterKind.INTERPELLATION, answerRule(r.getInterpellationAnswer()))
                .withAnswerRule(MatterKind.QUESTION, answerRule(r.getQuestionAnswer())));
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
                .onConflict(BODY.CODE).doUpdate()
                .set(BODY.NAME, b.name()).set(BODY.COUNCIL, b.council())
                .set(BODY.FIRST_SPEECH_MINUTES, b.firstSpeechMinutes())
                .set(BODY.LATER_SPEECH_MINUTES, b.laterSpeechMinutes()).set(BODY.REPLY_MINUTES, b.replyMinutes())
                .execute();
    }

    public List<SubmissionRule> rules(String body) {
        return dsl.selectFrom(SUBMISSION_RULE).where(SUBMISSION_RULE.BODY_CODE.eq(Body.normalize(body)))
                .orderBy(SUBMISSION_RULE.KIND).fetch(BodyStore::rule);
    }

    /** Every body's rules, by body code, in one read. */
    public Map<String, List<SubmissionRule>> rulesByBody() {
        return dsl.selectFrom(SUBMISSION_RULE).orderBy(SUBMISSION_RULE.BODY_CODE, SUBMISSION_RULE.KIND).fetch()
                .stream().collect(Collectors.groupingBy(SubmissionRuleRecord::getBodyCode,
                        Collectors.mapping(BodyStore::rule, Collectors.toList())));
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

    private static Body body(BodyRecord r) {
        return new Body(r.getCode(), r.getName(), r.getCouncil(), r.getFirstSpeechMinutes(),
                r.getLaterSpeechMinutes(), r.getReplyMinutes());
    }

    /** A rule stored without a direction (before V13) has the one a rule of its kind has when it names none. */
    private static SubmissionRule rule(SubmissionRuleRecord r) {
        return new SubmissionRule(SubmissionKind.fromCode(r.getKind()).orElseThrow(),
                SubmissionRule.Form.valueOf(r.getForm().toUpperCase(Locale.ROOT)), r.getAmount(),
                r.getWeekday() == null ? null : DayOfWeek.of(r.getWeekday()), r.getAtTime(),
                r.getHolidayShift() == null ? null
                        : HolidayShift.valueOf(r.getHolidayShift().toUpperCase(Locale.ROOT)));
    }

    /** Null (not chosen) is the usual rule of the kind. */
    private static AnswerRule answerRule(String code) {
        return code == null ? null : AnswerRule.valueOf(code.toUpperCase(Locale.ROOT));
    }
}
