package se.ledamot.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every test of a class once per engine (H2 and PostgreSQL, see {@link TestDatabases#engines}); the class takes
 * the engine in a field {@code @Parameter Engine engine} and opens its database with {@link TestDatabases#open}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass(name = "{0}")
@MethodSource("se.ledamot.store.TestDatabases#engines")
public @interface OnBothEngines {
}
