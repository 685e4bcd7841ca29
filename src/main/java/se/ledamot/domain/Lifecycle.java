package se.ledamot.domain;

import static se.ledamot.domain.Status.*;

import java.util.ArrayList;
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
    private final List<Status> statuses;

    private Lifecycle(MatterKind kind, List<Status> path, Map<Status, Set<Status>> steps) {
        this.kind = kind;
        this.path = path;
        this.steps = steps;
        var all = new ArrayList<>(path);
        for (Status s : Status.values()) {
            if (!all.contains(s) && steps.values().stream().anyMatch(t -> t.contains(s))) {
                all.add(s);
            }
        }
        this.statuses = List.copyOf(all);
    }

    /** Each kind's, built once (every matter made checks its status against its kind's). */
    private static final Map<MatterKind, Lifecycle> ALL = new EnumMap<>(MatterKind.class);

    static {
        for (MatterKind kind : MatterKind.values()) {
            ALL.put(kind, build(kind));
        }
    }

    public static Lifecycle of(MatterKind kind) {
        return ALL.get(java.util.Objects.requireNonNull(kind, "kind"));
    }

    private static Lifecycle build(MatterKind kind) {
        return switch (kind) {
            // Wherever the council can take it up it can decide, table it (bordläggning), send it back (återremiss)
            // or, once told it could not be prepared within the year, strike it off (5 kap. 35 §).
            case MOTION, CITIZEN_PROPOSAL -> builder(kind, DRAFT, SUBMITTED, REFERRED, PREPARED, DECIDED)
                    .fromEach(List.of(SUBMITTED, REFERRED, PREPARED, TABLED, REFERRED_BACK),
                            DECIDED, TABLED, REFERRED_BACK, STRUCK_OFF, WITHDRAWN)
                    .step(REFERRED_BACK, PREPARED)
                    .step(TABLED, PREPARED)
                    .step(DRAFT, WITHDRAWN)
                    .build();
            // No decision on the substance (5 kap. 59–64 §§): answered at a meeting, or tabled, struck off, withdrawn
            // or lapsed. A question ends answered like an interpellation, only its debate is narrower.
            case INTERPELLATION, QUESTION -> builder(kind, DRAFT, SUBMITTED, ANSWER_READY, ANSWERED)
                    .step(SUBMITTED, ANSWERED)
                    .fromEach(List.of(SUBMITTED, ANSWER_READY), TABLED)
                    .step(TABLED, ANSWER_READY)
                    .fromEach(List.of(SUBMITTED, ANSWER_READY, TABLED), ANSWERED, STRUCK_OFF, WITHDRAWN, LAPSED)
                    .step(DRAFT, WITHDRAWN)
                    .build();
            // Received, given to someone, an opinion proposed, decided by the body and sent: answered.
            case REFERRAL -> builder(kind, RECEIVED, ASSIGNED, PREPARED, DECIDED, ANSWERED)
                    .step(RECEIVED, PREPARED)
                    .fromEach(List.of(PREPARED, TABLED, REFERRED_BACK), DECIDED, TABLED, REFERRED_BACK)
                    .step(REFERRED_BACK, PREPARED)
                    .fromEach(List.of(RECEIVED, ASSIGNED, PREPARED, TABLED, REFERRED_BACK), CLOSED)
                    .build();
            case SPEECH -> builder(kind, DRAFT, HELD).build();
            case OTHER -> builder(kind, DRAFT, SUBMITTED, CLOSED)
                    .step(DRAFT, CLOSED)
                    .step(SUBMITTED, TABLED)
                    .step(TABLED, CLOSED)
                    .build();
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
        return statuses;
    }

    public Set<Status> next(Status from) {
        return Set.copyOf(steps.getOrDefault(from, Set.of()));
    }

    public boolean allows(Status from, Status to) {
        return from == to || steps.getOrDefault(from, Set.of()).contains(to);
    }

    /** A matter is open while it can still move on: not decided, answered, struck off, withdrawn... */
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
            boolean decision = to == DECIDED || to == REFERRED_BACK;
            throw new DomainException(kind.hasAddressee() && decision ? "lifecycle.noDecision"
                    : "lifecycle.status.notForKind", to, kind);
        }
        if (allows(from, to)) {
            return;
        }
        if (!isOpen(from)) {
            throw new DomainException("lifecycle.step.closed", from, to, kind);
        }
        if (from == DRAFT) {
            throw new DomainException("lifecycle.step.draftFirst", from, to, kind);
        }
        throw new DomainException("lifecycle.step.refused", from, to, kind);
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
            if (from != to) {
                steps.computeIfAbsent(from, s -> EnumSet.noneOf(Status.class)).add(to);
            }
            return this;
        }

        /** A step from each of several statuses to each of several others. */
        Builder fromEach(List<Status> from, Status... to) {
            for (Status f : from) {
                for (Status t : to) {
                    step(f, t);
                }
            }
            return this;
        }

        Lifecycle build() {
            return new Lifecycle(kind, path, steps);
        }
    }
}
