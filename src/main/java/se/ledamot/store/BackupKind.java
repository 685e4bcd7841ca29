package se.ledamot.store;

/** Why a backup was made; its code ends the file name, and decides how long it is kept. */
public enum BackupKind {
    /** The first use of each day; 7 daily and 4 weekly ones are kept. */
    DAILY("dag", 0),
    /** Before the database is upgraded to a new version of Ledamot; the last 5 are kept. */
    BEFORE_UPGRADE("fore-uppgradering", 5),
    /** The state a restore replaced; the last 5 are kept. */
    BEFORE_RESTORE("fore-aterstallning", 5),
    /** Asked for by the user; never removed by Ledamot. */
    MANUAL("manuell", Integer.MAX_VALUE);

    private final String code;
    private final int keep;

    BackupKind(String code, int keep) {
        this.code = code;
        this.keep = keep;
    }

    public String code() {
        return code;
    }

    /** How many of this kind are kept, newest first (daily ones follow their own rule). */
    int keep() {
        return keep;
    }

    static BackupKind ofCode(String code) {
        for (BackupKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
