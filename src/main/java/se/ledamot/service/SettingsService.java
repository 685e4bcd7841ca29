package se.ledamot.service;

import java.util.List;
import se.ledamot.domain.meeting.Arbetsordningar;
import se.ledamot.domain.meeting.BodyRules;
import se.ledamot.domain.meeting.CouncilRules;
import se.ledamot.domain.meeting.NoticeRule;
import se.ledamot.domain.sync.RowMerge;
import se.ledamot.store.CouncilRulesStore;

/**
 * The council's settings: its name (the one name printed on every paper and brief), its bodies (kommunfullmäktige, kommunstyrelsen,
 * nämnder) and each body's rules of procedure, the months of the 5 kap. 35 § report, citizen proposals (8 kap.
 * 1–2 §§) and striking off. The {@link DeadlineService} computes every deadline from what is stored here; the
 * presets ({@link Arbetsordningar}) are real arbetsordningar to copy and adjust.
 */
public final class SettingsService {
    private final CouncilRulesStore store;

    SettingsService(CouncilRulesStore store) {
        this.store = store;
    }

    /** The council's rules as stored now. */
    public CouncilRules rules() {
        return store.load();
    }

    /** How many days before a meeting it must be announced: the council's arbetsordning, else 5 kap. 11 §'s week. */
    public NoticeRule notice() {
        return store.notice();
    }

    /** The council's name, "" when none is set yet. */
    public String councilName() {
        return store.councilName();
    }

    /**
     * Whether the council's name is not set, so that the secretary's papers lack it in their heading: their commands
     * and screens then say so beside the paper, and make it all the same.
     */
    public boolean councilNameMissing() {
        return store.councilName().isBlank();
    }

    /**
     * Stores the council's rules, every body's included, at once and as given, over whatever is stored (setting up a
     * council); the settings screen saves with the copy it showed, {@link #save(CouncilRules, CouncilRules)}.
     */
    public void save(CouncilRules rules) {
        store.save(rules);
    }

    /**
     * Stores the rules changed from the copy {@code base} the screen showed, met with the stored ones (issue 16.5):
     * another's change of a field stays, a field both changed comes back as a conflict, unwritten.
     */
    public RowMerge<CouncilRules> save(CouncilRules base, CouncilRules mine) {
        return store.save(base, mine);
    }

    /** Names the council (printed on every paper and brief, shown on the screens), the other settings as stored. */
    public void saveCouncilName(String name) {
        CouncilRules now = rules();
        store.save(now, now.withCouncilName(name));
    }

    /** Stores one body's rules with the council's other settings as they are. */
    public void saveBody(BodyRules body) {
        store.save(rules().withBody(body));
    }

    /** The arbetsordningar a council may start from. */
    public List<Arbetsordningar.Preset> presets() {
        return Arbetsordningar.all();
    }

    /**
     * Refuses a new citizen proposal (medborgarförslag) where the council does not take them (8 kap. 1 §), with the
     * reason in words.
     */
    public void checkCitizenProposalAllowed() {
        rules().citizenProposals().checkAllowed();
    }
}
