package se.ledamot.service;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.ledamot.domain.Matter;
import se.ledamot.domain.answer.AnswerDraft;
import se.ledamot.domain.answer.AnswerVersion;
import se.ledamot.domain.answer.ComparedAction;
import se.ledamot.domain.answer.VersionReason;
import se.ledamot.domain.sync.RowMerge;
import se.ledamot.store.AnswerStore;
import se.ledamot.store.MatterSubsets;

/**
 * Writing answers to interpellations and questions: a draft every autosave overwrites, versions cut by the rules of
 * the domain, restoring an old version without losing the new text, and finishing the answer into the matter.
 */
public final class AnswerService {
    private final AnswerStore answers;
    private final MatterSubsets matters;

    AnswerService(AnswerStore answers, MatterSubsets matters) {
        this.answers = answers;
        this.matters = matters;
    }

    /** The interpellations and questions still open: the answers there may be to write. */
    public List<Matter> openMatters() {
        return matters.openToAnswer();
    }

    /**
     * The interpellations and questions closed (a decision in Debatt, Ärenden) while their draft in Svar was never
     * put into the matter: Svar lists them too, so that what was written is not lost from sight.
     */
    public List<Matter> closedWithDraftNotEntered() {
        return matters.closedWithDraftNotEntered();
    }

    /**
     * Whether Svar holds a draft of this matter's answer that differs from the answer in the matter: "För in svaret"
     * was not pressed since it was written (Debatt says so when it decides the matter).
     */
    public boolean hasDraftNotEntered(Matter matter) {
        String entered = matter.answer() == null ? "" : matter.answer().strip();
        return matter.kind().hasAddressee() && answers.draft(matter.id())
                .filter(d -> !d.text().isBlank() && !d.text().strip().equals(entered)).isPresent();
    }

    /** The draft to write in: the stored one, or a new one from the matter's answer. */
    public AnswerDraft open(Matter matter) {
        return answers.open(matter);
    }

    /** The stored draft, if one was saved. */
    public Optional<AnswerDraft> draft(long matterId) {
        return answers.draft(matterId);
    }

    /** Stores the text as the draft; after a pause in writing the draft before it is kept as a version first. */
    public AnswerDraft autosave(long matterId, String text, Set<Integer> answered) {
        return answers.autosave(matterId, text, answered);
    }

    /**
     * Stores the draft typed into the copy {@code base}, met with what is stored now: a field another writer saved
     * meanwhile is kept, and one both changed comes back as a conflict (issue 16.5).
     */
    public RowMerge<AnswerDraft> autosave(AnswerDraft base, AnswerDraft mine) {
        return answers.autosave(base, mine);
    }

    /** Saves the draft and keeps it as a version; empty when it is word for word the newest version. */
    public Optional<AnswerVersion> cutVersion(long matterId, String text, Set<Integer> answered,
            VersionReason reason) {
        return answers.cutVersion(matterId, text, answered, reason);
    }

    /** Every version of a matter's answer, oldest first. */
    public List<AnswerVersion> versions(long matterId) {
        return answers.versions(matterId);
    }

    /** Brings back an older version; the text now in the editor is kept as a version first. */
    public AnswerVersion restore(long matterId, int number, String currentText, Set<Integer> answered) {
        return answers.restore(matterId, number, currentText, answered);
    }

    /** Restores a version from the editor's copy, compared first (issue 16.5, {@link ComparedAction}). */
    public ComparedAction<AnswerVersion> restore(AnswerDraft base, AnswerDraft mine, int number) {
        return answers.restore(base, mine, number);
    }

    /** Finishes the answer from the editor's copy, compared first (issue 16.5, {@link ComparedAction}). */
    public ComparedAction<Matter> finish(AnswerDraft base, AnswerDraft mine, Matter matter) {
        return answers.finish(base, mine, matter);
    }

    /** Puts the text in the matter's answer and marks a submitted interpellation or question as having its answer ready. */
    public Matter finish(Matter matter, String text, Set<Integer> answered) {
        return answers.finish(matter, text, answered);
    }
}
