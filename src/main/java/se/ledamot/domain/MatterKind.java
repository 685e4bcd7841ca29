package se.ledamot.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of council matter (ärende). The code is the stable name used in files, JSON and the database. */
public enum MatterKind {
    MOTION,
    INTERPELLATION,
    QUESTION,
    CITIZEN_PROPOSAL,
    REFERRAL,
    SPEECH,
    OTHER;

    /** Made once: asked for each matter a long list writes or reads. */
    private final String code = name().toLowerCase(Locale.ROOT);

    public String code() {
        return code;
    }

    public static Optional<MatterKind> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (MatterKind known : values()) {
            // A code as stored, found without a copy (every row of a long list is read through here).
            if (known.code().equals(code)) {
                return Optional.of(known);
            }
        }
        String normalized = code.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(k -> k.code().equals(normalized)).findFirst();
    }

    /** Interpellations and questions are put to someone who answers them. */
    public boolean hasAddressee() {
        return this == INTERPELLATION || this == QUESTION;
    }

    /** Interpellations and questions ask numbered questions. */
    public boolean hasQuestions() {
        return hasAddressee();
    }

    /** Motions and citizen proposals ask for a decision through proposal clauses (att-satser). */
    public boolean hasProposals() {
        return this == MOTION || this == CITIZEN_PROPOSAL;
    }
}
