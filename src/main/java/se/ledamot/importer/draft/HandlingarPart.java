package se.ledamot.importer.draft;

/**
 * Where an item of a combined PDF of papers (handlingar) came from, what its first page says it is about, and — once
 * the store has matched it — the agenda item and matter it belongs to (issue 17.2). A matched part is kept with that
 * matter as a PDF of its own pages instead of becoming a matter of its own.
 *
 * @param file   the combined file as the user named it
 * @param first  its first page (1-based)
 * @param last   its last page
 * @param item   the item number its first page gives ("Ärende 4", "§ 4"), null when none
 * @param dnr    the Dnr its first page or text gives, null when none
 * @param proposal the förslag till beslut its paper gives, empty when none
 * @param target the agenda item and matter it was matched to, null until matched or when nothing matches
 * @param apart  the user said in the preview the part is not that matter's: it is stored as a matter of its own
 */
public record HandlingarPart(String file, int first, int last, Integer item, String dnr, String proposal,
        Target target, boolean apart) {
    /** How a part was matched: by its Dnr, its item number on the agenda, or only its title (to be checked). */
    public enum How { BY_NUMBER, BY_ITEM, BY_TITLE }

    /**
     * @param matterId     the stored matter, null while it is still to be stored by a kallelse in the same import
     * @param title        the matter's title, as stored or as the kallelse gives it
     * @param meetingId    the meeting whose agenda it was matched on, null when not stored yet or on no agenda read
     * @param agendaNumber the item's number on the meeting's agenda, null when the matter is on no agenda read
     * @param how          how it was found
     */
    public record Target(Long matterId, String title, Long meetingId, Integer agendaNumber, How how) {
        /** A title alone is a guess: the user should check it before storing. */
        public boolean unsure() {
            return how == How.BY_TITLE;
        }
    }

    public HandlingarPart withTarget(Target t) {
        return new HandlingarPart(file, first, last, item, dnr, proposal, t, apart);
    }

    /** Kept with its matched matter ({@code false}) or, as the user corrected it, stored as a matter of its own. */
    public HandlingarPart keptApart(boolean a) {
        return new HandlingarPart(file, first, last, item, dnr, proposal, target, a);
    }
}
