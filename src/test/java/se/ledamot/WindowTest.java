package se.ledamot;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test class with a window (TestFX, or the app's window as a process). Such classes run one at a time, since they
 * share the one display, its pointer and keyboard focus; each runs beside the tests without a window (JUnit's
 * parallel classes, pom.xml), which need no display. Tagged "ui" for -Dgroups and reports.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("ui")
@ResourceLock("display")
public @interface WindowTest {
}
