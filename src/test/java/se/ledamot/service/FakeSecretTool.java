package se.ledamot.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A stand-in for libsecret's {@code secret-tool} (not installed on the test machines): a shell script in {@code bin}
 * that keeps each secret in {@code vault} under its attributes, as the keyring would, and logs its arguments to
 * {@code vault/args.log}, so a test sees that a password never is one.
 */
public final class FakeSecretTool {
    private FakeSecretTool() {
    }

    /** Writes the tool into {@code bin}; returns the keyring that uses it. */
    public static Keyring install(Path bin, Path vault) throws IOException {
        Path tool = bin.resolve("secret-tool");
        Files.writeString(tool, """
                #!/bin/sh
                vault='%s'
                echo "$@" >> "$vault/args.log"
                cmd="$1"; shift
                case "$cmd" in
                  store) shift; key=$(echo "$@" | tr ' /:@' '____'); cat > "$vault/$key" ;;
                  lookup) key=$(echo "$@" | tr ' /:@' '____'); [ -f "$vault/$key" ] || exit 1; cat "$vault/$key"; echo ;;
                  search) exit 0 ;;
                  *) exit 2 ;;
                esac
                """.formatted(vault));
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwx------"));
        return SecretToolKeyring.onPath("/nonexistent:" + bin).orElseThrow();
    }
}
