package se.ledamot.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.ledamot.service.Keyring;
import se.ledamot.service.ServerAdministration;
import se.ledamot.store.StoreException;

/**
 * The connect dialog's model without a screen or a server: the address checked field by field in Swedish before
 * anything is sent, the keyring's password tried first, a refused one said as the keyring's, the address (never the
 * password) remembered once signed in.
 */
class ConnectViewModelTest {
    private final Preferences node = Preferences.userRoot().node("se/ledamot/test/" + UUID.randomUUID());
    private final ServerMemory memory = new ServerMemory(node);
    private final List<String> triedWith = new ArrayList<>();
    /** What the keyring's answer put in the password field. */
    private final List<String> filled = new ArrayList<>();
    private final LinkedBlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();
    private final ServerAdministration.Server anna = ServerAdministration.server(
            "postgresql://anna@db.kommun.se/ledamot", "nobody");

    @AfterEach
    void forget() throws Exception {
        node.removeNode();
    }

    /** Signs in only with "rätt-lösen"; anything else is refused as the server refuses a wrong password. */
    private ConnectViewModel model(ServerAdministration.Server initial, Keyring keyring) {
        return new ConnectViewModel(initial, keyring, memory, (server, password) -> {
            triedWith.add(new String(password));
            if (!new String(password).equals("rätt-lösen")) {
                throw new StoreException("server.login.failed", null, server.user(), server);
            }
            return null;
        }, fx::add);
    }

    /** Runs what the sign-in handed to the FX thread. */
    private void answered() throws InterruptedException {
        Runnable next = fx.poll(10, TimeUnit.SECONDS);
        assertThat(next).as("an answer handed to the FX thread").isNotNull();
        next.run();
    }

    @Test
    void eachWrongFieldIsSaidInSwedishAndNothingIsSent() {
        ConnectViewModel vm = model(null, Keyring.NONE);
        vm.userProperty().set("anna");
        vm.connect("x".toCharArray());
        assertThat(vm.problemProperty().get()).startsWith("Skriv serverns namn eller adress");
        vm.hostProperty().set("db kommun");
        vm.connect("x".toCharArray());
        assertThat(vm.problemProperty().get()).startsWith("Serverns namn kan bara innehålla");
        vm.hostProperty().set("db.kommun.se");
        vm.portProperty().set("femtiofyra");
        vm.connect("x".toCharArray());
        assertThat(vm.problemProperty().get()).startsWith("Porten är ett tal mellan 1 och 65535");
        vm.portProperty().set("5432");
        vm.connect("x".toCharArray());
        assertThat(vm.problemProperty().get()).startsWith("Skriv databasens namn");
        vm.databaseProperty().set("ledamot");
        vm.userProperty().set("anna@s");
        vm.connect("x".toCharArray());
        assertThat(vm.problemProperty().get()).startsWith("Skriv ditt användarnamn");
        assertThat(triedWith).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aWrongPasswordIsSaidAndTheRightOneSignsInAndIsKeptWhenAsked() throws Exception {
        List<String> kept = new ArrayList<>();
        ConnectViewModel vm = model(anna, keeping(kept, Optional.empty()));
        vm.start(() -> false, p -> filled.add(new String(p)));
        answered();
        assertThat(triedWith).isEmpty();
        assertThat(vm.keyringAnswersProperty().get()).isTrue();

        vm.connect("fel".toCharArray());
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.statusProperty().get()).isEqualTo("Ansluter till anna@db.kommun.se/ledamot…");
        answered();
        assertThat(vm.problemProperty().get()).startsWith("Inloggningen som anna på anna@db.kommun.se:5432/ledamot "
                + "godtogs inte");
        assertThat(vm.connectedProperty().get()).isFalse();
        assertThat(memory.server()).isEmpty();

        vm.connect("rätt-lösen".toCharArray());
        answered();
        assertThat(vm.connectedProperty().get()).isTrue();
        assertThat(kept).containsExactly("anna@db.kommun.se:5432/ledamot=rätt-lösen");
        assertThat(memory.server()).hasValueSatisfying(s -> assertThat(s.url())
                .isEqualTo("postgresql://anna@db.kommun.se:5432/ledamot"));
    }

    @Test
    void theKeyringsPasswordIsTriedFirstAndARefusedOneIsSaidAsTheKeyrings() throws Exception {
        ConnectViewModel vm = model(anna, keeping(new ArrayList<>(), Optional.of("gammalt-lösen")));
        vm.start(() -> false, p -> filled.add(new String(p)));
        answered(); // the keyring's answer: the field filled, signing in
        assertThat(filled).containsExactly("gammalt-lösen");
        answered(); // the server's
        assertThat(triedWith).containsExactly("gammalt-lösen");
        assertThat(vm.problemProperty().get()).isEqualTo(
                "Lösenordet som finns sparat i nyckelringen godtogs inte. Skriv lösenordet.");
        assertThat(vm.connectedProperty().get()).isFalse();
    }

    @Test
    void aPasswordTypedBeforeTheKeyringAnswersIsNeitherWrittenOverNorSignedInOver() throws Exception {
        ConnectViewModel vm = model(anna, keeping(new ArrayList<>(), Optional.of("gammalt-lösen")));
        vm.start(() -> true, p -> filled.add(new String(p)));
        answered();
        assertThat(filled).isEmpty();
        assertThat(triedWith).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void anEmptyPasswordAsksTheKeyringOnTheSignInsThreadNotTheCallers() throws Exception {
        List<String> askedOn = new ArrayList<>();
        ConnectViewModel vm = model(anna, new Keyring() {
            @Override
            public Optional<char[]> lookup(String server) {
                askedOn.add(Thread.currentThread().getName());
                return Optional.of("rätt-lösen".toCharArray());
            }

            @Override
            public boolean store(String server, char[] password) {
                return true;
            }

            @Override
            public boolean available() {
                return true;
            }
        });
        vm.connect(new char[0]);
        answered();
        assertThat(askedOn).hasSize(1).noneMatch(Thread.currentThread().getName()::equals);
        assertThat(triedWith).containsExactly("rätt-lösen");
        assertThat(vm.connectedProperty().get()).isTrue();
    }

    /** A keyring that answers {@code lookup} for any address and records what it is asked to keep. */
    private static Keyring keeping(List<String> kept, Optional<String> answer) {
        return new Keyring() {
            @Override
            public Optional<char[]> lookup(String server) {
                return answer.map(String::toCharArray);
            }

            @Override
            public boolean store(String server, char[] password) {
                kept.add(server + "=" + new String(password));
                return true;
            }

            @Override
            public boolean available() {
                return true;
            }
        };
    }
}
