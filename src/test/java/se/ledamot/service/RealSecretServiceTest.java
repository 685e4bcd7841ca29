package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The keyring adapter against the real thing: libsecret's {@code secret-tool} talking to gnome-keyring's Secret
 * Service on a D-Bus session bus of the test's own (a private {@code dbus-daemon}, a keyring folder under a temporary
 * HOME, unlocked with a test password), as a Linux desktop has it. {@code .ci/run} installs the packages; where they
 * are missing the test is skipped, like the fake-tool test covers the adapter's own logic everywhere.
 */
class RealSecretServiceTest {
    private static final String SERVER = "anna@db.kommun.se:5432/ledamot";
    private static final Path SECRET_TOOL = Path.of("/usr/bin/secret-tool");
    private static final Path KEYRING_DAEMON = Path.of("/usr/bin/gnome-keyring-daemon");
    private static final Path BUS_DAEMON = Path.of("/usr/bin/dbus-daemon");

    @TempDir
    Path home;
    @TempDir
    Path bin;

    private Process bus;
    private Process keyringDaemon;
    private String address;

    @BeforeEach
    void sessionBusAndUnlockedKeyring() throws Exception {
        assumeTrue(Stream.of(SECRET_TOOL, KEYRING_DAEMON, BUS_DAEMON, Path.of("/usr/bin/dbus-send"))
                .allMatch(Files::isExecutable), "libsecret-tools, gnome-keyring and dbus are not installed");
        Path runtime = Files.createDirectories(home.resolve("run"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        bus = new ProcessBuilder(BUS_DAEMON.toString(), "--session", "--nofork", "--nopidfile", "--print-address=1")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        address = new BufferedReader(new InputStreamReader(bus.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(address).as("the session bus's address").startsWith("unix:");

        ProcessBuilder daemon = new ProcessBuilder(KEYRING_DAEMON.toString(), "--foreground", "--unlock",
                "--components=secrets").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        environment(daemon.environment(), runtime);
        keyringDaemon = daemon.start();
        try (OutputStream in = keyringDaemon.getOutputStream()) {
            in.write("provnyckelring".getBytes(StandardCharsets.UTF_8));
        }
        waitUntilTheSecretServiceAnswers(runtime);

        // The program finds secret-tool on its PATH; this one reaches the test's bus instead of the machine's.
        Path tool = bin.resolve("secret-tool");
        Files.writeString(tool, "#!/bin/sh\nexport DBUS_SESSION_BUS_ADDRESS='" + address + "'\nexport HOME='" + home
                + "'\nexport XDG_RUNTIME_DIR='" + runtime + "'\nexec " + SECRET_TOOL + " \"$@\"\n");
        tool.toFile().setExecutable(true);
    }

    private void environment(Map<String, String> env, Path runtime) {
        env.put("DBUS_SESSION_BUS_ADDRESS", address);
        env.put("HOME", home.toString());
        env.put("XDG_RUNTIME_DIR", runtime.toString());
        env.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
    }

    /** Asks the bus whether the Secret Service's name has an owner yet (at most 20 s; the daemon starts in ~0.1 s). */
    private void waitUntilTheSecretServiceAnswers(Path runtime) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < until) {
            ProcessBuilder ask = new ProcessBuilder("/usr/bin/dbus-send", "--session", "--print-reply",
                    "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner",
                    "string:org.freedesktop.secrets").redirectErrorStream(true);
            environment(ask.environment(), runtime);
            Process p = ask.start();
            String reply = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(5, TimeUnit.SECONDS);
            if (reply.contains("boolean true")) {
                return;
            }
            assertThat(keyringDaemon.isAlive()).as("gnome-keyring-daemon still running").isTrue();
            Thread.onSpinWait();
        }
        throw new AssertionError("gnome-keyring-daemon did not take the Secret Service's name on the bus");
    }

    @AfterEach
    void stopTheDaemons() throws Exception {
        for (Process p : new Process[] {keyringDaemon, bus}) {
            if (p != null) {
                p.destroy();
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
    }

    @Test
    void aPasswordIsKeptInTheRealKeyringFoundAgainReplacedAndNeverWrittenInPlainText() throws Exception {
        Keyring keyring = SecretToolKeyring.onPath(bin.toString()).orElseThrow();
        assertThat(keyring.available()).isTrue();
        assertThat(keyring.lookup(SERVER)).isEmpty();

        assertThat(keyring.store(SERVER, "hemligt-å-lösen 1".toCharArray())).isTrue();
        assertThat(keyring.lookup(SERVER)).hasValueSatisfying(p -> assertThat(new String(p))
                .isEqualTo("hemligt-å-lösen 1"));
        assertThat(keyring.lookup("anna@annan.server:5432/ledamot")).as("another server").isEmpty();

        assertThat(keyring.store(SERVER, "nytt-lösen".toCharArray())).isTrue();
        assertThat(keyring.lookup(SERVER)).as("a new password replaces the old")
                .hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo("nytt-lösen"));

        // The keyring's files hold the password encrypted: neither password's bytes are in any of them.
        try (Stream<Path> files = Files.walk(home)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertThat(bytes).as(f.toString()).doesNotContain(latin("nytt-lösen"))
                        .doesNotContain(latin("hemligt-å-lösen"));
            }
        }
    }

    /** A text's UTF-8 bytes read as ISO-8859-1, to look for them in a file read the same way. */
    private static String latin(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
