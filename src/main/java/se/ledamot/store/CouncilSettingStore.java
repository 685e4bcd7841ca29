package se.ledamot.store;

import static se.ledamot.store.jooq.Tables.COUNCIL_SETTING;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;

/**
 * The council's own settings, one text value per name (V13's council_setting): its name, the months of the 5 kap.
 * 35 § report, citizen proposals, and whatever later settings of the council need no table of their own (the
 * secretariat's papers). A name not stored has its default, so a new setting needs no migration. The names are
 * constants of the classes that read them ({@link CouncilRulesStore}).
 */
public final class CouncilSettingStore {
    /** The longest value a setting holds (the column's size). */
    public static final int MAX_VALUE = 2000;

    private final DSLContext dsl;

    public CouncilSettingStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every stored setting by name, in one read (plain JDBC: every command's rules read it, {@link PlainReads}). */
    public Map<String, String> all() {
        Map<String, String> out = new TreeMap<>();
        PlainReads.list(dsl, "SELECT setting_name, setting_value FROM council_setting",
                r -> Map.entry(r.getString(1), r.getString(2))).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    public Optional<String> get(String name) {
        return dsl.select(COUNCIL_SETTING.SETTING_VALUE).from(COUNCIL_SETTING).where(COUNCIL_SETTING.SETTING_NAME.eq(name))
                .fetchOptional(COUNCIL_SETTING.SETTING_VALUE);
    }

    /** Stores a setting, replacing its value; null or blank removes it, so it has its default again. */
    public void put(String name, String value) {
        if (value == null || value.isBlank()) {
            dsl.deleteFrom(COUNCIL_SETTING).where(COUNCIL_SETTING.SETTING_NAME.eq(name)).execute();
            return;
        }
        if (value.length() > MAX_VALUE) {
            throw new IllegalArgumentException("setting " + name + " is longer than " + MAX_VALUE);
        }
        dsl.insertInto(COUNCIL_SETTING).set(COUNCIL_SETTING.SETTING_NAME, name).set(COUNCIL_SETTING.SETTING_VALUE, value)
                .set(COUNCIL_SETTING.SAVED_AT, Writers.SAVED_NOW).onConflict(COUNCIL_SETTING.SETTING_NAME).doUpdate()
                .set(COUNCIL_SETTING.SETTING_VALUE, value).set(COUNCIL_SETTING.SAVED_AT, Writers.SAVED_NOW).execute();
    }
}
