package se.ledamot.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Linux keyring through libsecret's {@code secret-tool}: the password goes through the tool's stdin and comes
 * back on its stdout, never on a command line another user could read in {@code ps}. Kept under the attributes
 * {@code application ledamot} and {@code server <address>}.
 */
final class SecretToolKeyring implements Keyring {
    private static final long WAIT_SECONDS = 20;
    /** A secret service that answers does so in milliseconds; the question is asked as the connect dialog opens. */
    private static final long PROBE_SECONDS = 3;
    private final Path tool;
    /** Asked once: whether a secret service answers behind the tool (null until asked). */
    private volatile Boolean answers;

    SecretToolKeyring(Path tool) {
        this.tool = tool;
    }

    /** The tool found on a PATH value, if it is there. */
    static Optional<SecretToolKeyring> onPath(String path) {
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(java.io.File.pathSeparator)).filter(p -> !p.isBlank())
                .map(dir -> Path.of(dir, "secret-tool")).filter(Files::isExecutable).findFirst()
                .map(SecretToolKeyring::new);
    }

    @Override
    public Optional<char[]> lookup(String server) {
        byte[] out = run(List.of("lookup", "application", "ledamot", "server", server), null, WAIT_SECONDS);
        if (out == null || out.length == 0) {
            return Optional.empty();
        }
        int end = out.length;
        while (end > 0 && (out[end - 1] == '\n' || out[end - 1] == '\r')) {
            end--;
        }
        CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(out, 0, end));
        char[] password = Arrays.copyOfRange(chars.array(), chars.position(), chars.limit());
        Arrays.fill(out, (byte) 0);
        Arrays.fill(chars.array(), '\0');
        return password.length == 0 ? Optional.empty() : Optional.of(password);
    }

    @Override
    public boolean store(String server, char[] password) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] secret = Arrays.copyOfRange(bytes.array(), bytes.position(), bytes.limit());
        Arrays.fill(bytes.array(), (byte) 0);
        try {
            return run(List.of("store", "--label=Ledamot " + server, "application", "ledamot", "server", server),
                    secret, WAIT_SECONDS) != null;
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /**
     * Whether a secret service answers: the tool is often installed where none runs (no D-Bus session, no keyring
     * daemon), and then every store fails. A search for this program's entries ends with 0 only when one answers.
     */
    @Override
    public boolean available() {
        if (answers == null) {
            answers = run(List.of("search", "application", "ledamot"), null, PROBE_SECONDS) != null;
        }
        return answers;
    }

    /**
     * The tool's stdout when it ended with 0 within {@code seconds}; null when it failed, hung or could not start.
     * Its output is read beside the wait, so a tool that hangs with its output open is still given up on in time.
     */
    private byte[] run(List<String> args, byte[] input, long seconds) {
        List<String> command = new java.util.ArrayList<>();
        command.add(tool.toString());
        command.addAll(args);
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream in = p.getOutputStream()) {
                if (input != null) {
                    in.write(input);
                }
            }
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()),
                    Thread::startVirtualThread);
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 ? out.get(seconds, TimeUnit.SECONDS) : null;
        } catch (IOException | ExecutionException | TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            // No re-interrupt: the program never cancels by interrupting (an interrupt inside H2 closes the
            // database file, see ArchitectureTest); an interrupted wait just means no keyring answer.
            return null;
        }
    }

    private static byte[] readAll(InputStream in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (in) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
