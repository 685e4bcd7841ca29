package se.ledamot.store.sync;

import static se.ledamot.store.jooq.Tables.APP_USER;

import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import se.ledamot.store.StoreException;

/** Who is signed in to the server: the login, the party group (none for the secretariat) and the role. */
public record ServerIdentity(String login, String group, String role) {
    /** The signed-in user as the server's administrator enrolled them; refused when not enrolled. */
    public static ServerIdentity of(DSLContext server) {
        return find(server).orElseThrow(() -> new StoreException("sync.notEnrolled", null,
                server.select(DSL.currentUser()).fetchOne(0, String.class)));
    }

    /** The signed-in user, or empty for a login nobody enrolled (the administrator who set the server up). */
    public static Optional<ServerIdentity> find(DSLContext server) {
        String login = server.select(DSL.currentUser()).fetchOne(0, String.class);
        return server.select(APP_USER.GROUP_CODE, APP_USER.ROLE).from(APP_USER).where(APP_USER.LOGIN.eq(login))
                .fetchOptional(r -> new ServerIdentity(login, r.value1(), r.value2()));
    }

    /** The name the administrator enrolled the signed-in user with ("" when none was given); empty if not enrolled. */
    public static Optional<String> enrolledName(DSLContext server) {
        return server.select(APP_USER.NAME).from(APP_USER).where(APP_USER.LOGIN.eq(DSL.currentUser()))
                .fetchOptional(APP_USER.NAME);
    }

    /**
     * Whether a group's own rows (its positions) reach this user: on a shared server, and in a replica of one, row-level
     * security shows a member only their own group's rows (db/postgresql/V9_1); a data folder of its own shows all.
     */
    public static boolean seesGroup(DSLContext dsl, boolean onServer, String group) {
        Optional<Optional<String>> member = onServer ? find(dsl).map(who -> Optional.ofNullable(who.group()))
                : Replica.of(dsl).map(replica -> Optional.ofNullable(replica.group()));
        // Enrolled nowhere (a folder of one's own, the administrator who owns the tables): nothing is kept back.
        return member.map(mine -> mine.filter(group::equals).isPresent()).orElse(true);
    }
}
