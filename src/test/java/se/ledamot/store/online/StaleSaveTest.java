package se.ledamot.store.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterChange;
import se.ledamot.domain.MatterField;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.sync.ConflictKind;
import se.ledamot.domain.sync.MatterMerge;
import se.ledamot.store.MatterStore;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.ServerRole;

/**
 * Issue 16.5 at the store, two clients on one real PostgreSQL server: the secretariat and member Anna each open the
 * same matter, then save from their copies. Different fields both win; the same field changed by both is not
 * overwritten by the later save but handed back as a conflict with both values; two saves at the same moment cannot
 * both miss each other (the row is locked while compared).
 */
class StaleSaveTest {
    private static final String MEMBER = "stale_anna";

    private TwoLogins logins;
    private OpenDatabase secretariat;
    private MatterStore bySecretariat;
    private MatterStore byAnna;
    private long id;

    @BeforeEach
    void twoClientsOnOneServer() {
        logins = TwoLogins.withAdmin(MEMBER, "S", ServerRole.MEMBER);
        secretariat = logins.second;
        bySecretariat = new MatterStore(secretariat.dsl(), Clock.systemUTC());
        byAnna = new MatterStore(logins.first.dsl(), Clock.systemUTC());
        id = bySecretariat.add(Matter.newMatter(MatterKind.MOTION, "Motion om simhallen")
                .body("Första stycket.\nAndra stycket.\nTredje stycket.").build()).id();
    }

    @AfterEach
    void close() {
        logins.close();
    }

    @Test
    void differentFieldsOfOneMatterBothWin() {
        Matter annasCopy = byAnna.find(id).orElseThrow();
        Matter secretariatsCopy = bySecretariat.find(id).orElseThrow();

        MatterMerge first = bySecretariat.save(secretariatsCopy,
                secretariatsCopy.toBuilder().title("Motion om badhuset").build());
        MatterMerge second = byAnna.save(annasCopy, annasCopy.toBuilder().body("Första stycket.\nAnnas stycke.")
                .build());

        assertThat(first.conflicts()).isEmpty();
        assertThat(second.conflicts()).isEmpty();
        Matter stored = bySecretariat.find(id).orElseThrow();
        assertThat(stored.title()).isEqualTo("Motion om badhuset");
        assertThat(stored.body()).isEqualTo("Första stycket.\nAnnas stycke.");
        assertThat(second.merged()).isEqualTo(stored);
    }

    @Test
    void theSameFieldSavedFromAStaleCopyIsAConflictNotAnOverwrite() {
        Matter annasCopy = byAnna.find(id).orElseThrow();
        Matter secretariatsCopy = bySecretariat.find(id).orElseThrow();
        bySecretariat.save(secretariatsCopy, secretariatsCopy.toBuilder()
                .body("Första stycket, sekretariatets.\nAndra stycket.\nTredje stycket.").title("Motion om badhuset")
                .build());

        Matter annas = annasCopy.toBuilder().body("Första stycket.\nAndra stycket.\nTredje stycket, Annas.")
                .place("Norrby").build();
        MatterMerge stale = byAnna.save(annasCopy, annas);

        assertThat(stale.conflicts()).containsExactly(MatterField.BODY);
        var conflict = stale.shown(annasCopy, annas).getFirst();
        assertThat(conflict.kind()).isEqualTo(ConflictKind.SAVED_MEANWHILE);
        assertThat(conflict.theirs()).isEqualTo("Första stycket, sekretariatets.\nAndra stycket.\nTredje stycket.");
        assertThat(conflict.mine()).isEqualTo("Första stycket.\nAndra stycket.\nTredje stycket, Annas.");
        assertThat(conflict.longText()).isTrue();
        assertThat(conflict.merged().text()).isEqualTo(
                "Första stycket, sekretariatets.\nAndra stycket.\nTredje stycket, Annas.");
        Matter stored = byAnna.find(id).orElseThrow();
        // The secretariat's text stands; Anna's other field is stored; the title she never touched is not undone.
        assertThat(stored.body()).isEqualTo("Första stycket, sekretariatets.\nAndra stycket.\nTredje stycket.");
        assertThat(stored.place()).isEqualTo("Norrby");
        assertThat(stored.title()).isEqualTo("Motion om badhuset");
        List<String> fieldsInTimeline = byAnna.timeline(id).stream().map(MatterChange::field).toList();
        assertThat(fieldsInTimeline).containsOnlyOnce("place");
    }

    @Test
    void theOldWholeMatterSaveWouldHaveOverwritten() {
        // What the editor did before issue 16.5: the stale copy saved whole undoes the other window's title.
        Matter annasCopy = byAnna.find(id).orElseThrow();
        Matter secretariatsCopy = bySecretariat.find(id).orElseThrow();
        bySecretariat.save(secretariatsCopy.toBuilder().title("Motion om badhuset").build());
        byAnna.save(annasCopy.toBuilder().body("Annas text.").build());
        assertThat(bySecretariat.find(id).orElseThrow().title()).isEqualTo("Motion om simhallen");
    }

    @Test
    void twoSavesAtOnceCannotBothMissEachOther() throws Exception {
        Matter copy = byAnna.find(id).orElseThrow();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // The secretariat's save holds the row (its transaction open) while Anna saves the same field.
        CompletableFuture<Void> secretariatSave = CompletableFuture.runAsync(() -> secretariat.dsl().transaction(tx -> {
            MatterStore inTx = new MatterStore(tx.dsl(), Clock.systemUTC());
            inTx.save(copy, copy.toBuilder().body("Sekretariatets text.").build());
            held.countDown();
            assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
        }));
        HeldRow.awaitHeld(held, secretariatSave);
        CompletableFuture<MatterMerge> annasSave = CompletableFuture.supplyAsync(() -> byAnna.save(copy,
                copy.toBuilder().body("Annas text.").build()));
        release.countDown();
        secretariatSave.get(30, TimeUnit.SECONDS);

        assertThat(annasSave.get(30, TimeUnit.SECONDS).conflicts()).containsExactly(MatterField.BODY);
        assertThat(byAnna.find(id).orElseThrow().body()).isEqualTo("Sekretariatets text.");
    }
}
