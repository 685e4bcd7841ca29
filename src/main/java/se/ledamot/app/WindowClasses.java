package se.ledamot.app;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Loads, without running them, the classes of the window: JavaFX's controls and scene graph, ControlsFX and
 * Ledamot's own views, for the AOT cache's training run ({@link StartupCache}), which is a command and shows no window.
 * Trained on {@code overdue --json} alone, the cache held no JavaFX class, and the window read each of them from its
 * jar, the register's cells and their CSS after the window was shown (issue 15). A class is loaded, not initialised:
 * no toolkit starts, no display is needed.
 */
final class WindowClasses {
    /** Set on the training run's JVM by {@link StartupCache#trainingCommand}. */
    static final String PROPERTY = "ledamot.trainWindowClasses";

    private WindowClasses() {
    }

    /** Loads them when this JVM is the training run. */
    static void loadIfTraining() {
        if (Boolean.getBoolean(PROPERTY)) {
            for (Class<?> inJar : new Class<?>[] {javafx.scene.Node.class, javafx.scene.control.Control.class,
                    org.controlsfx.control.CheckComboBox.class, se.ledamot.ui.DesktopApp.class}) {
                load(inJar);
            }
        }
    }

    /**
     * Loads every class of the jar that holds {@code inJar} (none from a folder of classes); one that cannot be loaded
     * here is left out. The names of those loaded.
     */
    static List<String> load(Class<?> inJar) {
        ClassLoader loader = inJar.getClassLoader();
        CodeSource source = inJar.getProtectionDomain().getCodeSource();
        List<String> loaded = new ArrayList<>();
        try {
            Path where = source == null ? null : Path.of(source.getLocation().toURI());
            if (where == null || Files.isDirectory(where)) {
                return loaded;
            }
            try (JarFile jar = new JarFile(where.toFile())) {
                jar.stream().map(JarEntry::getName)
                        .filter(n -> n.endsWith(".class") && !n.contains("-") && !n.startsWith("META-INF"))
                        .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                        .filter(n -> tryLoad(n, loader)).forEach(loaded::add);
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Only the cache is poorer: the window loads these classes from their jars, as without it.
        }
        return loaded;
    }

    private static boolean tryLoad(String name, ClassLoader loader) {
        try {
            Class.forName(name, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            // Another platform's class (Windows, macOS) or one needing a library not shipped: not the window's.
            return false;
        }
    }
}
