package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The keyring adapter against a fake {@code secret-tool} on a PATH ({@link FakeSecretTool}): it keeps secrets in a
 * folder by their attributes, as libsecret would, and logs its arguments, so the test sees that the password never is
 * one.
 */
class SecretToolKeyringTest {
    private static final String SERVER = "anna@db.kommun.se:5432/ledamot";

    @TempDir
    Path bin;
    @TempDir
    Path vault;

    private Keyring keyring;

    @BeforeEach
    void fakeSecretTool() throws Exception {
        keyring = FakeSecretTool.install(bin, vault);
    }

    @Test
    void aStoredPasswordComesBackAndNeverAppearsAmongTheArguments() throws Exception {
        assertThat(keyring.available()).isTrue();
        assertThat(keyring.lookup(SERVER)).isEmpty();

        assertThat(keyring.store(SERVER, "hemligt-å-lösen".toCharArray())).isTrue();

        assertThat(keyring.lookup(SERVER)).hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo("hemligt-å-lösen"));
        assertThat(keyring.lookup("anna@annan.server:5432/ledamot")).isEmpty();
        assertThat(Files.readString(vault.resolve("args.log"))).contains("application ledamot server " + SERVER)
                .doesNotContain("hemligt");
    }

    @Test
    void aFailingToolIsNoKeyringContentAndNoToolIsNone() throws Exception {
        Files.writeString(bin.resolve("secret-tool"), "#!/bin/sh\nexit 1\n");
        Keyring broken = SecretToolKeyring.onPath(bin.toString()).orElseThrow();
        assertThat(broken.store(SERVER, "x".toCharArray())).isFalse();
        assertThat(broken.lookup(SERVER)).isEmpty();

        assertThat(SecretToolKeyring.onPath(vault.toString())).isEmpty();
        assertThat(SecretToolKeyring.onPath(null)).isEmpty();
        assertThat(Keyring.NONE.available()).isFalse();
        assertThat(Keyring.NONE.store(SERVER, "x".toCharArray())).isFalse();
    }

    /** Walked (walkgroup): the tool installed with no secret service running; "Kom ihåg lösenordet" was offered. */
    @Test
    void aToolWithNoSecretServiceBehindItIsNoKeyringToOffer() throws Exception {
        Files.writeString(bin.resolve("secret-tool"),
                "#!/bin/sh\necho 'secret-tool: Cannot autolaunch D-Bus without X11 $DISPLAY' >&2\nexit 1\n");
        bin.resolve("secret-tool").toFile().setExecutable(true);
        assertThat(SecretToolKeyring.onPath(bin.toString()).orElseThrow().available()).isFalse();
    }

    /**
     * A secret service that never answers (a D-Bus hanging) must not hold the connect dialog, which asks as it opens:
     * the tool keeps its output open and sleeps; the question gives up in seconds (not the test's timeout) and offers
     * no keyring. Before, the output was read to its end first, and the wait never began.
     */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aToolThatHangsIsGivenUpOnInSecondsAndOffersNoKeyring() throws Exception {
        Files.writeString(bin.resolve("secret-tool"), "#!/bin/sh\nexec sleep 600\n");
        bin.resolve("secret-tool").toFile().setExecutable(true);
        assertThat(SecretToolKeyring.onPath(bin.toString()).orElseThrow().available()).isFalse();
    }
}
