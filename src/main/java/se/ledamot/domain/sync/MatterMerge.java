package se.ledamot.domain.sync;

import java.util.ArrayList;
import java.util.List;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterField;

/**
 * A save made from a stale copy of a matter, met with what is stored now (issue 16.5, optimistic locking on a shared
 * server): field by field, a field only this editor changed since its copy (the base) is written, a field only
 * someone else changed keeps theirs, and a field both changed differently is not written but left for the user to
 * choose ({@link #conflicts()}). Never a silent overwrite; two people changing different fields of one matter both win.
 *
 * @param merged    what to store: theirs with the fields only this side changed
 * @param conflicts the fields both sides changed differently, in {@link MatterField} order
 * @param theirs    what was stored when the save came
 * @param savedBy   who saved {@code theirs} and when, as far as the store knows
 */
public record MatterMerge(Matter merged, List<MatterField> conflicts, Matter theirs, SavedBy savedBy) {
    public MatterMerge {
        conflicts = List.copyOf(conflicts);
        savedBy = savedBy == null ? SavedBy.UNKNOWN : savedBy;
    }

    public MatterMerge(Matter merged, List<MatterField> conflicts, Matter theirs) {
        this(merged, conflicts, theirs, SavedBy.UNKNOWN);
    }

    /** The same merge with the writer of what was stored known. */
    public MatterMerge savedBy(SavedBy by) {
        return new MatterMerge(merged, conflicts, theirs, by);
    }

    public static MatterMerge of(Matter base, Matter mine, Matter theirs) {
        Matter.Builder merged = theirs.toBuilder();
        List<MatterField> conflicts = new ArrayList<>();
        for (MatterField f : MatterField.values()) {
            switch (ThreeWay.of(f.textOf(base), f.textOf(mine), f.textOf(theirs), String::equals)) {
                case SEND_MINE -> f.take(merged, mine);
                case CONFLICT -> conflicts.add(f);
                case SAME, TAKE_THEIRS -> { }
            }
        }
        try {
            return new MatterMerge(merged.id(theirs.id()).build(), conflicts, theirs);
        } catch (DomainException e) {
            // One side's kind with the other's status is no matter at all (a status outside the kind's lifecycle):
            // both stay as stored and the user chooses.
            MatterField.KIND.take(merged, theirs);
            MatterField.STATUS.take(merged, theirs);
            for (MatterField f : List.of(MatterField.KIND, MatterField.STATUS)) {
                if (f.differs(mine, theirs) && !conflicts.contains(f)) {
                    conflicts.add(f);
                }
            }
            conflicts.sort(null);
            return new MatterMerge(merged.build(), conflicts, theirs);
        }
    }

    /** The conflicts as the conflict view shows them: the stored value as theirs, this editor's as mine. */
    public List<Conflict> shown(Matter base, Matter mine) {
        return conflicts.stream().map(f -> new Conflict("matter", String.valueOf(theirs.id()), f.code(),
                ConflictKind.SAVED_MEANWHILE, theirs.title(), f.textOf(mine), f.textOf(theirs), f.textOf(base),
                f.longText(), "", savedBy)).toList();
    }
}
