package se.ledamot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The build's rewrite of picocli's jar (src/build/ArchivableClassFiles.java): every class at a version the class-data
 * archive keeps, and every one still passes the JVM's verifier (the stack maps the rewrite adds are right).
 */
class ArchivableClassFilesTest {
    private static final Path SCRIPT = Path.of("src/build/ArchivableClassFiles.java");

    @TempDir
    Path dir;

    @Test
    void picocliRewrittenIsArchivableAndEveryClassVerifies() throws Exception {
        Path jar = dir.resolve("picocli.jar");
        Files.copy(Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI()), jar);
        assertThat(oldestVersion(jar)).as("picocli as released: older than the archive keeps").isLessThan(50);

        Process rewrite = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
                SCRIPT.toString(), jar.toString()).redirectErrorStream(true).start();
        String said = new String(rewrite.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(rewrite.waitFor()).as(said).isZero();

        assertThat(oldestVersion(jar)).isEqualTo(52);
        List<String> names = classNames(jar);
        assertThat(names).hasSizeGreaterThan(150);
        // Initialising a class links it, and linking verifies it: a wrong or missing stack map is a VerifyError.
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            for (String name : names) {
                Class<?> c = Class.forName(name, true, loader);
                assertThat(c.getClassLoader()).as(name).isSameAs(loader);
            }
        }

        byte[] once = Files.readAllBytes(jar);
        Process again = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
                SCRIPT.toString(), jar.toString()).redirectErrorStream(true).start();
        again.getInputStream().readAllBytes();
        assertThat(again.waitFor()).isZero();
        assertThat(Files.readAllBytes(jar)).as("a rewritten jar is left as it is").isEqualTo(once);
    }

    private static List<String> classNames(Path jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                String n = e.getName();
                if (n.endsWith(".class") && !n.startsWith("META-INF/")) {
                    names.add(n.substring(0, n.length() - ".class".length()).replace('/', '.'));
                }
            }
        }
        return names;
    }

    private static int oldestVersion(Path jar) throws IOException {
        int oldest = Integer.MAX_VALUE;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                if (e.getName().endsWith(".class") && !e.getName().startsWith("META-INF/")) {
                    byte[] b = in.readAllBytes();
                    oldest = Math.min(oldest, ((b[6] & 0xff) << 8) | (b[7] & 0xff));
                }
            }
        }
        return oldest;
    }
}
