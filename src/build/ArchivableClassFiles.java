import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites the classes of a jar that are older than Java 6's class-file version (50) as version 52 with stack maps,
 * in place; a jar without such classes is left as it is. Run by the build on picocli's jar in target/lib:
 * {@code java src/build/ArchivableClassFiles.java JAR...}.
 *
 * <p>Why: the JVM never puts a class older than version 50 in the AOT cache the launcher maps (it is
 * verified by the old verifier, whose checks the cache cannot record), and picocli 4.7.7, the newest release, is
 * built for Java 5. Its ~170 classes were read from the jar and verified at every start of a command: 0.25-0.33 s of
 * CPU (issue 15). The bytecode is unchanged; only the version and the stack maps the new verifier needs are written
 * (by the JDK's class-file API, which fails the build rather than write a class it cannot type, e.g. one with jsr).
 */
public final class ArchivableClassFiles {
    private static final int ARCHIVABLE = 50;
    private static final int WRITTEN = 52;

    private ArchivableClassFiles() {
    }

    public static void main(String[] jars) throws IOException {
        for (String jar : jars) {
            rewrite(Path.of(jar));
        }
    }

    private static void rewrite(Path jar) throws IOException {
        Path tmp = jar.resolveSibling(jar.getFileName() + ".tmp");
        int rewritten = 0;
        // Stack maps name the common super type of two branches: resolved from the jar itself, then from the JDK.
        try (URLClassLoader classes = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
                ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
            ClassFile files = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
                    ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver()
                            .orElse(ClassHierarchyResolver.ofResourceParsing(classes))));
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().endsWith(".class") && majorVersion(bytes) < ARCHIVABLE) {
                    bytes = files.transformClass(files.parse(bytes),
                            ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)
                                    .andThen(ClassTransform.endHandler(c -> c.withVersion(WRITTEN, 0))));
                    rewritten++;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        if (rewritten == 0) {
            Files.delete(tmp);
            return;
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println(jar.getFileName() + ": " + rewritten + " classes written as version " + WRITTEN);
    }

    private static int majorVersion(byte[] classFile) {
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }
}
