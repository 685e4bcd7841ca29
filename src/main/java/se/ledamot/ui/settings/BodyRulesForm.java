package se.ledamot.ui.settings;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.AnswerRule;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.BodyRules;
import se.ledamot.domain.meeting.SubmissionKind;
import se.ledamot.domain.meeting.SubmissionRule;

/**
 * One body's rules as the settings form holds them while they are edited: its name, speaking times, a row per
 * submission rule (the written answer last), and at which meeting interpellations and questions are answered.
 */
public final class BodyRulesForm {
    private final ReadOnlyStringWrapper code = new ReadOnlyStringWrapper("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Integer> firstSpeech = new SimpleObjectProperty<>(0);
    private final ObjectProperty<Integer> laterSpeech = new SimpleObjectProperty<>(0);
    private final ObjectProperty<Integer> reply = new SimpleObjectProperty<>(0);
    private final ObjectProperty<AnswerRule> interpellationAnswer =
            new SimpleObjectProperty<>(AnswerRule.defaultFor(MatterKind.INTERPELLATION));
    private final ObjectProperty<AnswerRule> questionAnswer =
            new SimpleObjectProperty<>(AnswerRule.defaultFor(MatterKind.QUESTION));
    private final List<RuleRow> rows = List.of(new RuleRow(SubmissionKind.INTERPELLATION),
            new RuleRow(SubmissionKind.QUESTION), new RuleRow(SubmissionKind.MOTION),
            new RuleRow(SubmissionKind.WRITTEN_ANSWER));
    private boolean council;

    /** Shows a body's rules. */
    void load(BodyRules rules) {
        Body b = rules.body();
        code.set(b.code());
        council = b.council();
        name.set(b.name());
        firstSpeech.set(b.firstSpeechMinutes());
        laterSpeech.set(b.laterSpeechMinutes());
        reply.set(b.replyMinutes());
        interpellationAnswer.set(rules.answerRule(MatterKind.INTERPELLATION));
        questionAnswer.set(rules.answerRule(MatterKind.QUESTION));
        rows.forEach(r -> r.load(rules.submission(r.kind())));
    }

    /** The rules as typed; refused by the domain, with a reason, where a field does not make a rule. */
    BodyRules build() {
        Body body = new Body(code.get(), name.get(), council, minutes(firstSpeech), minutes(laterSpeech),
                minutes(reply));
        List<SubmissionRule> submissions = new ArrayList<>();
        SubmissionRule written = null;
        for (RuleRow r : rows) {
            var rule = r.rule();
            if (rule.isPresent() && r.kind() == SubmissionKind.WRITTEN_ANSWER) {
                written = rule.get();
            } else {
                rule.ifPresent(submissions::add);
            }
        }
        return new BodyRules(body, submissions, interpellationAnswer.get(), questionAnswer.get(), written);
    }

    private static int minutes(ObjectProperty<Integer> p) {
        return p.get() == null ? 0 : p.get();
    }

    /** Every field, to listen for changes. */
    List<Observable> fields() {
        List<Observable> all = new ArrayList<>(List.of(name, firstSpeech, laterSpeech, reply, interpellationAnswer,
                questionAnswer));
        rows.forEach(r -> all.addAll(r.fields()));
        return all;
    }

    public ReadOnlyStringProperty codeProperty() {
        return code.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Integer> firstSpeechProperty() {
        return firstSpeech;
    }

    public ObjectProperty<Integer> laterSpeechProperty() {
        return laterSpeech;
    }

    public ObjectProperty<Integer> replyProperty() {
        return reply;
    }

    public ObjectProperty<AnswerRule> interpellationAnswerProperty() {
        return interpellationAnswer;
    }

    public ObjectProperty<AnswerRule> questionAnswerProperty() {
        return questionAnswer;
    }

    /** The submission rules, interpellation, question, motion, and the written answer last. */
    public List<RuleRow> rows() {
        return rows;
    }

    public RuleRow row(SubmissionKind kind) {
        return rows.stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
    }
}
