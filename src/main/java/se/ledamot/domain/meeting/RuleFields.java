package se.ledamot.domain.meeting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.sync.RowField;

/**
 * The fields of the council's rules two secretaries may change at once (issue 16.5), as the settings screen edits
 * them: the council's own settings, and for every body its name, each submission rule, the answer rules, the
 * written-answer rule and the speaking times. A body's field has the code {@code kind@BODY} ("speaking_times@KS"), so
 * the conflict view can name the kind and the body apart. A body only one side has is added whole by its fields.
 */
public final class RuleFields {
    /** What separates a body's field from the body's code in a field's code. */
    public static final char AT = '@';

    private RuleFields() {
    }

    /** The council's fields, then each body's, for every body of the given rules (in the order first met). */
    public static List<RowField<CouncilRules>> of(CouncilRules... sides) {
        List<RowField<CouncilRules>> out = new ArrayList<>(List.of(
                council("council_name", CouncilRules::councilName, (into, from) ->
                        into.withCouncilName(from.councilName())),
                council("report_months", r -> r.reportMonths().stream().sorted().map(m -> String.valueOf(m.getValue()))
                        .collect(Collectors.joining(",")), (into, from) -> into.withReportMonths(from.reportMonths())),
                council("strike_off_after_months", r -> r.strikeOffAfter().map(String::valueOf).orElse(""),
                        (into, from) -> into.withStrikeOffAfterMonths(from.strikeOffAfterMonths())),
                council("notice_days", r -> String.valueOf(r.notice().daysBefore()),
                        (into, from) -> into.withNotice(from.notice())),
                council("citizen_proposals_allowed", r -> String.valueOf(r.citizenProposals().allowed()),
                        (into, from) -> into.withCitizenProposals(new CitizenProposals(
                                from.citizenProposals().allowed(), into.citizenProposals().decidingBody()))),
                council("citizen_proposals_body", r -> r.citizenProposals().decidingBody(),
                        (into, from) -> into.withCitizenProposals(new CitizenProposals(
                                into.citizenProposals().allowed(), from.citizenProposals().decidingBody())))));
        Set<String> codes = new LinkedHashSet<>();
        for (CouncilRules side : sides) {
            side.bodies().forEach(b -> codes.add(b.code()));
        }
        for (String code : codes) {
            out.add(body(code, "body_name", b -> b.body().name(), (into, from) -> into.withBody(new Body(
                    into.code(), from.body().name(), into.body().council(), into.body().firstSpeechMinutes(),
                    into.body().laterSpeechMinutes(), into.body().replyMinutes()))));
            for (SubmissionKind kind : SubmissionKind.values()) {
                out.add(body(code, "submission_" + kind.code(), b -> b.submission(kind).map(Object::toString)
                        .orElse(""), (into, from) -> from.submission(kind).map(into::withSubmission)
                        .orElseGet(() -> into.withoutSubmission(kind))));
            }
            for (MatterKind kind : List.of(MatterKind.INTERPELLATION, MatterKind.QUESTION)) {
                out.add(body(code, "answer_" + kind.code(), b -> b.answerRule(kind).code(),
                        (into, from) -> into.withAnswerRule(kind, from.answerRule(kind))));
            }
            out.add(body(code, "speaking_times", b -> b.body().firstSpeechMinutes() + "/"
                    + b.body().laterSpeechMinutes() + "/" + b.body().replyMinutes(), (into, from) ->
                    into.withSpeakingTimes(from.body().firstSpeechMinutes(), from.body().laterSpeechMinutes(),
                            from.body().replyMinutes())));
        }
        return List.copyOf(out);
    }

    /** The body's code of a field's code, null for a council's field. */
    public static String bodyOf(String fieldCode) {
        int at = fieldCode.indexOf(AT);
        return at < 0 ? null : fieldCode.substring(at + 1);
    }

    /** A field's kind without its body: "speaking_times" of "speaking_times@KS". */
    public static String kindOf(String fieldCode) {
        int at = fieldCode.indexOf(AT);
        return at < 0 ? fieldCode : fieldCode.substring(0, at);
    }

    private static RowField<CouncilRules> council(String code, Function<CouncilRules, String> text,
            BinaryOperator<CouncilRules> take) {
        return new RowField<>(code, text, take, false);
    }

    /**
     * A body's field: "" where a side lacks the body; taken into rules that lack it, the body comes in whole (the
     * other side added it), taken from rules that lack it, nothing changes.
     */
    private static RowField<CouncilRules> body(String code, String kind, Function<BodyRules, String> text,
            BinaryOperator<BodyRules> take) {
        return new RowField<>(kind + AT + code, r -> r.body(code).map(text).orElse(""), (into, from) -> {
            if (from.body(code).isEmpty()) {
                return into;
            }
            BodyRules theirs = from.body(code).orElseThrow();
            return into.withBody(into.body(code).map(b -> take.apply(b, theirs)).orElse(theirs));
        }, false);
    }
}
