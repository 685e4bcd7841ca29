package se.ledamot.l10n;

/** The words for what a sync did, the same on the command line and in the window. */
public final class SyncText {
    private SyncText() {
    }

    /**
     * A folder's first sync, with the key of the command line or the window ({@code cli.sync.joined} or
     * {@code ui.sync.joined}). When everything she had stays here (only the secretariat registers it), it does not say
     * there was nothing to send: {@link #kept} says what stayed and why.
     */
    public static String joined(String key, String server, int pulled, int pushed, int kept) {
        String sent = pushed == 0 && kept > 0 ? "" : Localization.get("sync.sent", pushed);
        return Localization.get(key, server, pulled, sent).strip();
    }

    /** New things of hers that stay here because only the secretariat registers them; empty when none. */
    public static String kept(int kept) {
        return kept == 0 ? "" : Localization.get("sync.kept", kept);
    }
}
