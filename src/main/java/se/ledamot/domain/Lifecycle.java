package se.ledamot.domain;

import static se.ledamot.domain.Status.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statuses a kind of matter goes through and the steps allowed between them (DOMAIN.md, "The life of a
 * matter"). A step that is not allowed is refused with a reason.
 */
public final class Lifecycle {
    private final MatterKind kind;
    private final List<Status> path;
    private final Map<Status, Set<Status>> steps;

    private Lifecycle(MatterKind kind, List<Status> path, Map<Status, Set<Status>> steps) {
        this.kind = kind;
        this.path = path;
        this.steps = steps;
    }

    public static Lifecycle of(MatterKind kind) {
        return switch (kind) {
            // A motion may be referred back (återremiss) from prepared to referred, and struck off at any stage
            // before a decision, which is a decision too.
            case MOTION, CITIZEN_PROPOSAL -> builder(kind, DRAFT, SUBMITTED, REFERRED, PREPARED, DECIDED)
                    .step(PREPARED, REFERRED)
                    .step(SUBMITTED, DECIDED)
                    .step(REFERRED, DECIDED)
                    .withdrawable(DRAFT, SUBMITTED, REFERRED, PREPARED)
                    .build();
            case INTERPELLATION, QUESTION -> builder(kind, DRAFT, SUBMITTED, ANSWERED, DEBATED)
                    .withdrawable(DRAFT, SUBMITTED, ANSWERED)
                    .step(SUBMITTED, LAPSED)
                    .build();
            case REFERRAL -> builder(kind, RECEIVED, ASSIGNED, OPINION_DRAFTED, DECIDED, SENT)
                    .step(RECEIVED, OPINION_DRAFTED)
                    .step(DECIDED, OPINION_DRAFTED)
                    .step(RECEIVED, CLOSED)
                    .step(ASSIGNED, CLOSED)
                    .build();
            case SPEECH -> builder(kind, DRAFT, HELD).build();
            case OTHER -> builder(kind, DRAFT, SUBMITTED, CLOSED).step(DRAFT, CLOSED).build();
        };
    }

    public MatterKind kind() {
        return kind;
    }

    /** The status a new matter of this kind starts in. */
    public Status initial() {
        return path.getFirst();
    }

    /** The status a matter has once it is submitted (or received, for a referral). */
    public Status submitted() {
        return path.contains(SUBMITTED) ? SUBMITTED : path.getFirst();
    }

    /** Every status this kind can have, in the order of its life. */
    public List<Status> statuses() {
        var all = new java.util.ArrayList<>(path);
        for (Status s : Status.values()) {
            if (!all.contains(s) && steps.values().stream().anyMatch(t -> t.contains(s))) {
                all.add(s);
            }
        }
        return List.copyOf(all);
    }

    public Set<Status> next(Status from) {
        return Set.copyOf(steps.getOrDefault(from, Set.of()));
    }

    public boolean allows(Status from, Status to) {
        return from == to || steps.getOrDefault(from, Set.of()).contains(to);
    }

    /** A matter is open while it can still move on: not decided, debated, sent, withdrawn... */
    public boolean isOpen(Status status) {
        return !steps.getOrDefault(status, Set.of()).isEmpty();
    }

    /** Pending: open and in the council's hands, so a draft is not pending. */
    public boolean isPending(Status status) {
        return status != DRAFT && isOpen(status);
    }

    /** Refuses a step the lifecycle does not allow, saying why. */
    public void check(Status from, Status to) {
        if (!statuses().contains(to)) {
            throw new DomainException("lifecycle.status.notForKind", to, kind);
        }
        if (!allows(from, to)) {
            throw new DomainException("lifecycle.step.refused", from, to, kind);
        }
    }

    private static Builder builder(MatterKind kind, Status... path) {
        return new Builder(kind, List.of(path));
    }

    private static final class Builder {
        private final MatterKind kind;
        private final List<Status> path;
        private final Map<Status, Set<Status>> steps = new EnumMap<>(Status.class);

        Builder(MatterKind kind, List<Status> path) {
            this.kind = kind;
            this.path = path;
            for (int i = 0; i + 1 < path.size(); i++) {
                step(path.get(i), path.get(i + 1));
            }
        }

        Builder step(Status from, Status to) {
            steps.computeIfAbsent(from, s -> EnumSet.noneOf(Status.class)).add(to);
            return this;
        }

        Builder withdrawable(Status... from) {
            for (Status s : from) {
                step(s, WITHDRAWN);
            }
            return this;
        }

        Lifecycle build() {
            return new Lifecycle(kind, path, steps);
        }
    }
}
