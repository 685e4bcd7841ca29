package se.ledamot.service;

import java.util.List;
import java.util.Optional;
import se.ledamot.domain.Attachment;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterChange;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.sync.MatterMerge;
import se.ledamot.store.AttachmentStore;
import se.ledamot.store.MatterStore;
import se.ledamot.store.MatterSubsets;

/**
 * The register of matters: reading, adding and saving them (each save lands in the matter's timeline), and the
 * original files kept with them.
 */
public final class MatterService {
    private final MatterStore matters;
    private final AttachmentStore attachments;
    private final SettingsService settings;
    private final MatterSubsets subsets;

    MatterService(MatterStore matters, MatterSubsets subsets, AttachmentStore attachments, SettingsService settings) {
        this.matters = matters;
        this.subsets = subsets;
        this.attachments = attachments;
        this.settings = settings;
    }

    /** Every matter not in the trash, newest submission first. */
    public List<Matter> list() {
        return matters.list();
    }

    /**
     * Every matter not in the trash, newest submission first, without body and answer (left empty), handed over one
     * at a time from the database: memory stays small at any size. Never save one of these.
     */
    public void eachOutline(java.util.function.Consumer<Matter> each) {
        matters.cursor().outlines(each);
    }

    /** As {@link #eachOutline(java.util.function.Consumer)}, these matters in this order (a search's hits). */
    public void eachOutline(long[] ids, java.util.function.Consumer<Matter> each) {
        subsets.eachOutline(ids, each);
    }

    /** A matter by id, in the trash or not. */
    public Optional<Matter> find(long id) {
        return matters.find(id);
    }

    /** The matter, or a refusal that names the id. */
    public Matter require(long id) {
        return find(id).orElseThrow(() -> new DomainException("store.matter.missing", id));
    }

    public boolean isTrashed(long id) {
        return matters.isTrashed(id);
    }

    /**
     * Stores a new matter (checked by the domain when it was built) and returns it with its id. A citizen proposal is
     * refused where the council does not take them.
     */
    public Matter add(Matter matter) {
        if (matter.kind() == MatterKind.CITIZEN_PROPOSAL) {
            settings.checkCitizenProposalAllowed();
        }
        return matters.add(matter);
    }

    /**
     * Stores a matter's new state, each changed field in its timeline; false when nothing changed. A matter made a
     * citizen proposal is refused where the council does not take them; one that already was stays as it is.
     */
    public boolean save(Matter matter) {
        if (matter.kind() == MatterKind.CITIZEN_PROPOSAL && matter.id() != null
                && matters.find(matter.id()).map(m -> m.kind() != MatterKind.CITIZEN_PROPOSAL).orElse(false)) {
            settings.checkCitizenProposalAllowed();
        }
        return matters.save(matter);
    }

    /**
     * Stores what an editor typed into its copy {@code base} of a matter, met with what is stored now: another window
     * on the same server may have saved it since. Fields both changed differently are not written but returned as
     * conflicts for the user to choose (issue 16.5); see {@link MatterStore#save(Matter, Matter)}.
     */
    public MatterMerge save(Matter base, Matter mine) {
        if (mine.kind() == MatterKind.CITIZEN_PROPOSAL && base.kind() != MatterKind.CITIZEN_PROPOSAL) {
            settings.checkCitizenProposalAllowed();
        }
        return matters.save(base, mine);
    }

    /** The matter's timeline, oldest first. */
    public List<MatterChange> timeline(long id) {
        return matters.timeline(id);
    }

    /** The original files kept with a matter. */
    public List<Attachment> attachments(long matterId) {
        return attachments.of(matterId);
    }

    /** The bytes of one kept file. */
    public byte[] attachmentContent(long attachmentId) {
        return attachments.content(attachmentId);
    }
}
