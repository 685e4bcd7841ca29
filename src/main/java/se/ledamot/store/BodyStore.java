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
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.SubmissionKind;
import se.ledamot.domain.meeting.SubmissionRule;
import se.ledamot.store.jooq.tables.records.SubmissionRuleRecord;

/** The council's bodies (KF, KS, the committees) with their speaking-time limits, and their submission rules. */
public final class BodyStore {
    private final DSLContext dsl;

    public BodyStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every body, the council first. */
    public List<Body> bodies() {
        return dsl.selectFrom(BODY).orderBy(BODY.COUNCIL.desc(), BODY.CODE).fetch(r -> new Body(r.getCode(),
                r.getName(), r.getCouncil(), r.getFirstSpeechMinutes(), r.getLaterSpeechMinutes(),
                r.getReplyMinutes()));
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
        dsl.insertInto(SUBMISSION_RULE)
                .set(SUBMISSION_RULE.BODY_CODE, code).set(SUBMISSION_RULE.KIND, rule.kind().code())
                .set(SUBMISSION_RULE.FORM, form).set(SUBMISSION_RULE.AMOUNT, rule.amount())
                .set(SUBMISSION_RULE.WEEKDAY, weekday).set(SUBMISSION_RULE.AT_TIME, rule.time())
                .onConflict(SUBMISSION_RULE.BODY_CODE, SUBMISSION_RULE.KIND).doUpdate()
                .set(SUBMISSION_RULE.FORM, form).set(SUBMISSION_RULE.AMOUNT, rule.amount())
                .set(SUBMISSION_RULE.WEEKDAY, weekday).set(SUBMISSION_RULE.AT_TIME, rule.time())
                .execute();
    }

    public void removeRule(String body, SubmissionKind kind) {
        dsl.deleteFrom(SUBMISSION_RULE).where(SUBMISSION_RULE.BODY_CODE.eq(Body.normalize(body)))
                .and(SUBMISSION_RULE.KIND.eq(kind.code())).execute();
    }

    private static SubmissionRule rule(SubmissionRuleRecord r) {
        return new SubmissionRule(SubmissionKind.fromCode(r.getKind()).orElseThrow(),
                SubmissionRule.Form.valueOf(r.getForm().toUpperCase(Locale.ROOT)), r.getAmount(),
                r.getWeekday() == null ? null : DayOfWeek.of(r.getWeekday()), r.getAtTime());
    }
}
