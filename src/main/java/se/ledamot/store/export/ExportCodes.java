package se.ledamot.store.export;

import static se.ledamot.store.jooq.Tables.AGENDA_ITEM;
import static se.ledamot.store.jooq.Tables.ANSWER_VERSION;
import static se.ledamot.store.jooq.Tables.DEBATE_DECISION;
import static se.ledamot.store.jooq.Tables.DEBATE_SPEAKER;
import static se.ledamot.store.jooq.Tables.GROUP_POSITION;
import static se.ledamot.store.jooq.Tables.MATTER;
import static se.ledamot.store.jooq.Tables.MEETING;
import static se.ledamot.store.jooq.Tables.SUBMISSION_RULE;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.TableField;
import se.ledamot.domain.Decision;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.domain.answer.VersionReason;
import se.ledamot.domain.debate.SpeechKind;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.domain.meeting.Stance;
import se.ledamot.domain.meeting.SubmissionKind;
import se.ledamot.domain.meeting.SubmissionRule;
import se.ledamot.store.entity.Column;
import se.ledamot.store.entity.EntityState;

/**
 * The program's codes an export may hold (a matter's status, a rule's kind): a code the program does not know would
 * be kept, then break every list that reads it, so a line holding one is refused as damage.
 */
final class ExportCodes {
    private static final Map<TableField<?, ?>, Function<String, Optional<?>>> KNOWN = Map.of(
            MATTER.KIND, MatterKind::fromCode,
            MATTER.STATUS, Status::fromCode,
            MATTER.DECISION, Decision::fromCode,
            MEETING.STATUS, MeetingStatus::fromCode,
            AGENDA_ITEM.DECISION, Decision::fromCode,
            GROUP_POSITION.STANCE, Stance::fromCode,
            SUBMISSION_RULE.KIND, SubmissionKind::fromCode,
            SUBMISSION_RULE.FORM, ExportCodes::form,
            DEBATE_DECISION.DECISION, Decision::fromCode,
            ANSWER_VERSION.REASON, VersionReason::fromCode);
    private static final Map<TableField<?, ?>, Function<String, Optional<?>>> KNOWN_IN_LISTS = Map.of(
            DEBATE_SPEAKER.KIND, SpeechKind::fromCode);

    private ExportCodes() {
    }

    /** Throws when a column or a list's row holds a code the program does not know. */
    static void check(EntityState s) {
        for (Column c : s.type().columns()) {
            check(c, s.value(c.name()), KNOWN);
        }
        s.type().lists().forEach(l -> s.list(l.name()).forEach(row -> {
            for (Column c : l.columns()) {
                check(c, row.get(c.name()), KNOWN);
                check(c, row.get(c.name()), KNOWN_IN_LISTS);
            }
        }));
    }

    private static void check(Column c, Object value, Map<TableField<?, ?>, Function<String, Optional<?>>> known) {
        Function<String, Optional<?>> parse = known.get(c.field());
        if (parse != null && value instanceof String code && parse.apply(code).isEmpty()) {
            throw new IllegalArgumentException(c.name() + " holds an unknown code");
        }
    }

    private static Optional<?> form(String code) {
        return Arrays.stream(SubmissionRule.Form.values())
                .filter(f -> f.name().toLowerCase(Locale.ROOT).equals(code)).findFirst();
    }
}
