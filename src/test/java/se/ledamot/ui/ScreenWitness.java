package se.ledamot.ui;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the whole display showed when a click did not take (the menu-bar flake of whole runs: the window's own list
 * of windows showed nothing over it): a picture of the screen, and the display's top windows of every program when
 * {@code xwininfo} is at hand. For the log; never a reason for a test to fail.
 */
final class ScreenWitness {
    private static final AtomicInteger SEEN = new AtomicInteger();

    private ScreenWitness() {
    }

    /** Writes {@code target/missed/<name>-<n>.png} and says where, with the display's top windows. */
    static String look(String name) {
        StringBuilder said = new StringBuilder();
        try {
            Path file = Path.of("target", "missed", name + "-" + SEEN.incrementAndGet() + ".png");
            Files.createDirectories(file.getParent());
            javax.imageio.ImageIO.write(new Robot().createScreenCapture(new Rectangle(Toolkit.getDefaultToolkit()
                    .getScreenSize())), "png", file.toFile());
            said.append("\n  the screen: ").append(file.toAbsolutePath());
            Process tree = new ProcessBuilder("xwininfo", "-root", "-children").redirectErrorStream(true).start();
            if (tree.waitFor(5, TimeUnit.SECONDS)) {
                said.append("\n").append(new String(tree.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException | java.awt.AWTException | RuntimeException e) {
            said.append("\n  (no look at the screen: ").append(e).append(')');
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return said.toString();
    }
}
