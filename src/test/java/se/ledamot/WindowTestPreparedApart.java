package se.ledamot;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.ResourceLockTarget;

/**
 * A {@link WindowTest} class whose {@code @BeforeAll} prepares long without a window (RegisterAtScaleWindowTest
 * generates 100 000 matters, 85 s): each test method takes its turn at the display, not the class, so that the
 * preparing runs beside another class's window instead of holding the display while no window is shown.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("ui")
@ResourceLock(value = "display", target = ResourceLockTarget.CHILDREN)
public @interface WindowTestPreparedApart {
}
