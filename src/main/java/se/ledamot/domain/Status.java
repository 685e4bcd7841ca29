package se.ledamot.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a matter is in its life, as a register says it. Which statuses a kind uses, and in what order, is its
 * {@link Lifecycle}; the Swedish word agrees with the kind's gender ("Motion inlämnad", "Medborgarförslag
 * inlämnat"). The code is stored: V5 moved the retired codes (debated, opinion_drafted, sent) to these.
 */
public enum Status {
    /** Utkast: not handed in yet. */
    DRAFT,
    /** Inlämnad: handed in (väckt), with a registration number. */
    SUBMITTED,
    /** Remitterad: sent to the executive board or a nämnd for preparation. */
    REFERRED,
    /** Beredd: a proposal for decision exists (for a referral: the proposed opinion). */
    PREPARED,
    /** Bordlagd: the meeting put off the item; it comes back on a later agenda. */
    TABLED,
    /** Återremitterad: the meeting sent it back for more preparation. */
    REFERRED_BACK,
    /** Beslutad: decided (bifall, avslag, delvis bifall, anses besvarad). */
    DECIDED,
    /** Avskriven: struck off, typically after a 5 kap. 35 § report. */
    STRUCK_OFF,
    /** Svar klart: the answer to an interpellation or a question is written and ready to give. */
    ANSWER_READY,
    /** Besvarad: an interpellation or question answered in the council; a referral whose opinion has been sent. */
    ANSWERED,
    /** Inkommen: a referral received. */
    RECEIVED,
    /** Fördelad: a referral given to someone to prepare. */
    ASSIGNED,
    /** Hållet: a speech given. */
    HELD,
    /** Avslutad: closed without more to do. */
    CLOSED,
    /** Återtagen: withdrawn by the one who handed it in. */
    WITHDRAWN,
    /** Förfallen: lapsed, e.g. not answered before the asker left the council. */
    LAPSED;

    /** Made once: asked for each matter a long list writes or reads. */
    private final String code = name().toLowerCase(Locale.ROOT);

    public String code() {
        return code;
    }

    public static Optional<Status> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Status known : values()) {
            // A code as stored, found without a copy (every row of a long list is read through here).
            if (known.code().equals(code)) {
                return Optional.of(known);
            }
        }
        String normalized = code.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(s -> s.code().equals(normalized)).findFirst();
    }
}
