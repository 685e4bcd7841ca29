package se.ledamot.store;

import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The database engines the one schema (db/migration) and the one set of stores run on. jOOQ renders each engine's
 * dialect, so the stores never hold SQL of either.
 */
public enum Engine {
    /** The embedded database in a data folder: one person's laptop, the default. */
    H2(SQLDialect.H2),
    /** A shared server for a party group and the secretariat, PostgreSQL 15 or newer. */
    POSTGRESQL(SQLDialect.POSTGRES);

    private final SQLDialect dialect;

    Engine(SQLDialect dialect) {
        this.dialect = dialect;
    }

    public SQLDialect dialect() {
        return dialect;
    }

    /** A jOOQ context over a data source of this engine. */
    public DSLContext dsl(DataSource dataSource) {
        return DSL.using(dataSource, dialect, settings());
    }

    private Settings settings() {
        // The generated classes carry H2's upper-case names; PostgreSQL keeps the unquoted names of the migrations in
        // lower case, so its names are rendered (still quoted) in lower case.
        return this == POSTGRESQL ? new Settings().withRenderNameCase(RenderNameCase.LOWER) : new Settings();
    }
}
