package se.ledamot.domain.debate;

import static se.ledamot.domain.Status.*;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.ledamot.domain.Decision;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Lifecycle;
import se.ledamot.domain.Limit;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;

/**
 * The decision taken on an agenda item, and what it does to the matter. A minority referral (minoritetsåterremiss)
 * is a referral back forced by a third of the members present; it must state its reason.
 *
 * @param reason why the matter is referred back; required for a minority referral, kept for any referral
 */
public record DebateDecision(Decision decision, boolean minority, String reason) {

    public DebateDecision {
        Objects.requireNonNull(decision, "decision");
        reason = reason == null || Limit.text(reason).isBlank() ? null : Limit.text(reason).strip();
        if (minority && decision != Decision.REFERRED_BACK) {
            throw new DomainException("debate.minority.onlyReferral");
        }
        if (minority && reason == null) {
            throw new DomainException("debate.minority.reasonMissing");
        }
    }

    public static DebateDecision of(Decision decision) {
        return new DebateDecision(decision, false, null);
    }

    /** The decisions a matter of a kind can get, in the order of {@link Decision}. */
    public static List<Decision> choices(MatterKind kind) {
        return java.util.Arrays.stream(Decision.values()).filter(d -> fits(d, kind)).toList();
    }

    /** The status the decision puts a matter of a kind in, refusing a decision that kind cannot get. */
    public Status targetStatus(MatterKind kind) {
        Status target = target(decision, kind);
        if (target == null) {
            throw new DomainException("debate.decision.notForKind", decision, kind);
        }
        return target;
    }

    /** Whether a matter of a kind can get a decision: an interpellation or a question gets no Bifall or Avslag. */
    public static boolean fits(Decision decision, MatterKind kind) {
        return target(decision, kind) != null;
    }

    private static Status target(Decision decision, MatterKind kind) {
        return switch (kind) {
            case MOTION, CITIZEN_PROPOSAL -> switch (decision) {
                case REFERRED_BACK -> REFERRED_BACK;
                case TABLED -> TABLED;
                case STRUCK_OFF -> STRUCK_OFF;
                default -> DECIDED;
            };
            // Interpellations and questions get no decision on their substance (5 kap. 59–64 §§): they are answered,
            // or the meeting tables or strikes them off.
            case INTERPELLATION, QUESTION -> switch (decision) {
                case ANSWERED -> ANSWERED;
                case TABLED -> TABLED;
                case STRUCK_OFF -> STRUCK_OFF;
                default -> null;
            };
            case REFERRAL -> switch (decision) {
                case REFERRED_BACK -> REFERRED_BACK;
                case TABLED -> TABLED;
                case STRUCK_OFF -> CLOSED;
                default -> DECIDED;
            };
            case OTHER -> decision == Decision.TABLED ? TABLED : CLOSED;
            case SPEECH -> null;
        };
    }

    /**
     * The matter with this decision taken: its status moved through the steps its lifecycle allows and the decision
     * set. An interpellation or a question answered in the meeting records no decision, since there is none. A draft
     * cannot be decided on.
     */
    public Matter applyTo(Matter matter) {
        Lifecycle lifecycle = matter.lifecycle();
        if (!lifecycle.isPending(matter.status())) {
            throw new DomainException("debate.decision.notPending", matter.status());
        }
        Status target = targetStatus(matter.kind());
        Matter moved = matter;
        for (Status step : path(lifecycle, matter.status(), target)) {
            moved = moved.moveTo(step);
        }
        boolean noDecision = matter.kind().hasAddressee() && decision == Decision.ANSWERED;
        return moved.toBuilder().decision(noDecision ? null : decision).build();
    }

    /** The shortest run of allowed steps from one status to another, or a refusal from the lifecycle. */
    private static List<Status> path(Lifecycle lifecycle, Status from, Status to) {
        if (from == to) {
            return List.of();
        }
        Map<Status, Status> cameFrom = new HashMap<>();
        var queue = new ArrayDeque<Status>();
        queue.add(from);
        cameFrom.put(from, from);
        while (!queue.isEmpty()) {
            Status s = queue.poll();
            for (Status n : lifecycle.next(s)) {
                if (n != WITHDRAWN && n != ANSWER_READY && cameFrom.putIfAbsent(n, s) == null) {
                    if (n == to) {
                        var out = new LinkedList<Status>();
                        for (Status at = n; at != from; at = cameFrom.get(at)) {
                            out.addFirst(at);
                        }
                        return out;
                    }
                    queue.add(n);
                }
            }
        }
        lifecycle.check(from, to);
        throw new DomainException("lifecycle.step.refused", from, to, lifecycle.kind());
    }
}
