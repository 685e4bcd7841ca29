package se.ledamot.domain.meeting;

import java.util.List;
import java.util.Objects;
import se.ledamot.domain.Decision;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Limit;
import se.ledamot.domain.sync.RowField;

/**
 * One numbered item (paragraf) on a meeting's agenda: a matter, or a free text such as "Val av justerare". What was
 * prepared, what was moved in the debate and what was decided are kept apart; the party group's position is kept
 * elsewhere, per group ({@link Position}).
 *
 * @param number       the item's number on the agenda, from 1, in order
 * @param matterId     the matter the item is about, or null for a free-text item
 * @param text         the heading of a free-text item, or an extra line for a matter
 * @param proposal     the prepared proposal for decision (förslag till beslut), e.g. from the executive board
 * @param motionsMoved the motions moved in the debate (yrkanden), in the order they were made
 * @param decision     the decision taken, null until decided
 * @param decisionText the decision's wording as in the minutes
 */
public record AgendaItem(Long id, long meetingId, int number, Long matterId, String text, String proposal,
        List<String> motionsMoved, Decision decision, String decisionText) {

    /**
     * The texts and the decision two secretaries may change at once (issue 16.5), named by their columns; the
     * proposal and the decision's wording are long texts, offered merged in the conflict view.
     */
    public static final List<RowField<AgendaItem>> FIELDS = List.of(
            new RowField<>("item_text", i -> Objects.requireNonNullElse(i.text, ""),
                    (into, from) -> into.withText(from.text), false),
            new RowField<>("proposal", AgendaItem::proposal, (into, from) -> into.withProposal(from.proposal), true),
            new RowField<>("motions_moved", i -> String.join("\n", i.motionsMoved),
                    (into, from) -> into.withMotionsMoved(from.motionsMoved), false),
            new RowField<>("decision", i -> i.decision == null ? "" : i.decision.code(),
                    (into, from) -> into.withDecision(from.decision, into.decisionText), false),
            new RowField<>("decision_text", AgendaItem::decisionText,
                    (into, from) -> into.withDecision(into.decision, from.decisionText), true));

    public AgendaItem {
        text = Limit.AGENDA_TEXT.check(text);
        if (matterId == null && text == null) {
            throw new DomainException("agenda.item.empty");
        }
        if (number < 1) {
            throw new DomainException("agenda.item.number", number);
        }
        proposal = proposal == null ? "" : Limit.text(proposal);
        motionsMoved = motionsMoved == null ? List.of()
                : motionsMoved.stream().filter(s -> s != null && !s.isBlank()).map(s -> Limit.text(s).strip())
                        .filter(s -> !s.isEmpty()).toList();
        decisionText = decisionText == null ? "" : Limit.text(decisionText);
    }

    public static AgendaItem forMatter(long meetingId, int number, long matterId) {
        return new AgendaItem(null, meetingId, number, matterId, null, "", List.of(), null, "");
    }

    public static AgendaItem freeText(long meetingId, int number, String text) {
        return new AgendaItem(null, meetingId, number, null, text, "", List.of(), null, "");
    }

    public boolean isFreeText() {
        return matterId == null;
    }

    /** The proposal or the decision's wording as typed in a conflict view's merged text. */
    public AgendaItem withLongText(String field, String value) {
        return "proposal".equals(field) ? withProposal(value) : withDecision(decision, value);
    }

    /**
     * This item with one of its {@link #FIELDS} given as that field's text (the reverse of its text): how a text kept
     * for later (a choice put aside) goes back into the item.
     */
    public AgendaItem withField(String code, String value) {
        return switch (code) {
            case "item_text" -> withText(value.isEmpty() && matterId != null ? null : value);
            case "proposal" -> withProposal(value);
            case "motions_moved" -> withMotionsMoved(value.isEmpty() ? List.of() : List.of(value.split("\n")));
            case "decision" -> withDecision(Decision.fromCode(value).orElse(null), decisionText);
            case "decision_text" -> withDecision(decision, value);
            default -> throw new IllegalArgumentException("no field " + code);
        };
    }

    public AgendaItem withText(String t) {
        return new AgendaItem(id, meetingId, number, matterId, t, proposal, motionsMoved, decision, decisionText);
    }

    public AgendaItem withProposal(String p) {
        return new AgendaItem(id, meetingId, number, matterId, text, p, motionsMoved, decision, decisionText);
    }

    public AgendaItem withMotionsMoved(List<String> m) {
        return new AgendaItem(id, meetingId, number, matterId, text, proposal, m, decision, decisionText);
    }

    public AgendaItem withDecision(Decision d, String wording) {
        return new AgendaItem(id, meetingId, number, matterId, text, proposal, motionsMoved, d, wording);
    }
}
