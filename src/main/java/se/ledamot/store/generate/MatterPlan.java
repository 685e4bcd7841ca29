package se.ledamot.store.generate;

import static se.ledamot.domain.Status.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import se.ledamot.domain.Decision;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;

/**
 * Where a generated matter stands, from its kind and age: young matters are open, old ones mostly decided or
 * answered, with a few left behind (the motions a 5 kap. 35 § report has to list). Also which decision ends it.
 */
final class MatterPlan {
    /** Kinds drawn per hundred matters: motions and referrals dominate a register, speeches are rare. */
    private static final List<MatterKind> KINDS = List.of(MatterKind.MOTION, MatterKind.INTERPELLATION,
            MatterKind.QUESTION, MatterKind.CITIZEN_PROPOSAL, MatterKind.REFERRAL, MatterKind.SPEECH, MatterKind.OTHER);
    private static final int[] KIND_WEIGHTS = {30, 14, 14, 10, 25, 2, 5};

    private MatterPlan() {
    }

    static MatterKind kind(Random r) {
        int x = r.nextInt(100);
        for (int i = 0; i < KIND_WEIGHTS.length; i++) {
            x -= KIND_WEIGHTS[i];
            if (x < 0) {
                return KINDS.get(i);
            }
        }
        return MatterKind.OTHER;
    }

    static Status status(MatterKind kind, LocalDate submitted, LocalDate today, Random r) {
        long days = ChronoUnit.DAYS.between(submitted, today);
        int x = r.nextInt(100);
        return switch (kind) {
            case MOTION, CITIZEN_PROPOSAL -> days < 3 ? (x < 30 ? DRAFT : SUBMITTED)
                    : days < 30 ? SUBMITTED : days < 120 ? REFERRED
                    : days < 300 ? (x < 50 ? REFERRED : x < 95 ? PREPARED : TABLED)
                    : days < 400 ? (x < 40 ? PREPARED : x < 90 ? DECIDED : REFERRED_BACK)
                    : x < 85 ? DECIDED : x < 90 ? STRUCK_OFF : x < 94 ? WITHDRAWN : x < 98 ? DECIDED : REFERRED;
            case INTERPELLATION, QUESTION -> days < 10 ? SUBMITTED : days < 30 ? (x < 70 ? ANSWER_READY : TABLED)
                    : x < 90 ? ANSWERED : x < 93 ? WITHDRAWN : x < 95 ? STRUCK_OFF : x < 98 ? LAPSED : SUBMITTED;
            case REFERRAL -> days < 14 ? RECEIVED : days < 35 ? ASSIGNED : days < 60 ? PREPARED
                    : x < 85 ? ANSWERED : x < 90 ? DECIDED : x < 98 ? CLOSED : ASSIGNED;
            case SPEECH -> days < 7 ? DRAFT : HELD;
            case OTHER -> days < 60 ? SUBMITTED : CLOSED;
        };
    }

    /** The decision a closed matter carries, if its status comes from one. */
    static Decision decision(MatterKind kind, Status status, Random r) {
        return switch (status) {
            case DECIDED -> kind == MatterKind.REFERRAL ? Decision.APPROVED
                    : List.of(Decision.APPROVED, Decision.REJECTED, Decision.REJECTED, Decision.PARTLY_APPROVED,
                            Decision.ANSWERED).get(r.nextInt(5));
            case STRUCK_OFF -> Decision.STRUCK_OFF;
            case REFERRED_BACK -> Decision.REFERRED_BACK;
            default -> null;
        };
    }

    /** Whether a meeting has dealt with the matter: it belongs on a held meeting's agenda. */
    static boolean wasOnAgenda(Status status) {
        return switch (status) {
            case DECIDED, STRUCK_OFF, REFERRED_BACK, TABLED, ANSWERED -> true;
            default -> false;
        };
    }

    /** Days from submission to the meeting that deals with a matter of this kind. */
    static int daysToMeeting(MatterKind kind, Random r) {
        return switch (kind) {
            case INTERPELLATION, QUESTION -> 10 + r.nextInt(30);
            case REFERRAL -> 30 + r.nextInt(40);
            default -> 200 + r.nextInt(200);
        };
    }
}
