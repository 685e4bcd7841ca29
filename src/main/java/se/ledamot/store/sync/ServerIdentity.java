package se.ledamot.store.sync;

import static se.ledamot.store.jooq.Tables.APP_USER;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import se.ledamot.store.StoreException;

/** Who is signed in to the server: the login, the party group (none for the secretariat) and the role. */
public record ServerIdentity(String login, String group, String role) {
    /** The signed-in user as the server's administrator enrolled them; refused when not enrolled. */
    public static ServerIdentity of(DSLContext server) {
        String login = server.select(DSL.currentUser()).fetchOne(0, String.class);
        return server.select(APP_USER.GROUP_CODE, APP_USER.ROLE).from(APP_USER).where(APP_USER.LOGIN.eq(login))
                .fetchOptional(r -> new ServerIdentity(login, r.value1(), r.value2()))
                .orElseThrow(() -> new StoreException("sync.notEnrolled", null, login));
    }
}
