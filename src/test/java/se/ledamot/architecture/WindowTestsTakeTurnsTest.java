package se.ledamot.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.junit.jupiter.api.parallel.Isolated;
import se.ledamot.WindowTest;
import se.ledamot.WindowTestPreparedApart;

/**
 * The tests run two classes at a time in one JVM on one display (pom.xml). A test class that drives a window must
 * take its turn at the display ({@link WindowTest}) or run alone ({@link Isolated}): beside another window its clicks
 * and keys could land in the other's window.
 */
@AnalyzeClasses(packages = "se.ledamot", importOptions = ImportOption.OnlyIncludeTests.class)
class WindowTestsTakeTurnsTest {
    /** What drives a window: TestFX's robot and toolkit, and the tests' own windows built on them. */
    private static final Set<String> WINDOW_DRIVERS = Set.of("org.testfx.api.FxRobot", "org.testfx.api.FxToolkit",
            "se.ledamot.ui.StoryWindow", "se.ledamot.ui.DesktopWindow", "se.ledamot.ui.WindowDriver",
            "se.ledamot.ui.server.OnlineWindow", "se.ledamot.ui.minutes.ViewWindow");
    private static final Set<String> TEST_ANNOTATIONS = Set.of("org.junit.jupiter.api.Test",
            "org.junit.jupiter.params.ParameterizedTest", "org.junit.jupiter.api.RepeatedTest",
            "org.junit.jupiter.api.TestFactory");

    private static final DescribedPredicate<JavaClass> TESTS_DRIVING_A_WINDOW = DescribedPredicate.describe(
            "have tests and drive a window", c -> c.getMethods().stream().anyMatch(WindowTestsTakeTurnsTest::isTest)
                    && c.getDirectDependenciesFromSelf().stream()
                            .anyMatch(d -> WINDOW_DRIVERS.contains(d.getTargetClass().getName())));

    private static final ArchCondition<JavaClass> TAKE_TURNS = marked(
            Set.of(WindowTest.class, WindowTestPreparedApart.class, Isolated.class),
            "be (or be inside) a @WindowTest, @WindowTestPreparedApart or @Isolated class",
            "drives a window but is not @WindowTest, @WindowTestPreparedApart or @Isolated");

    /** What changes a JVM-wide language: the app's, the JVM's default locale, and the tests' helpers that do. */
    private static final Set<String> LANGUAGE_CHANGERS = Set.of("se.ledamot.l10n.Localization.setLocale",
            "java.util.Locale.setDefault", "se.ledamot.ui.StoryWindow.onAComputerIn",
            "se.ledamot.ui.dialog.ShownDialog.ownerUnderC");

    private static final DescribedPredicate<JavaClass> TESTS_CHANGING_THE_LANGUAGE = DescribedPredicate.describe(
            "have tests and change the language", c -> c.getMethods().stream().anyMatch(WindowTestsTakeTurnsTest::isTest)
                    && c.getMethodCallsFromSelf().stream().anyMatch(call -> LANGUAGE_CHANGERS.contains(
                            call.getTargetOwner().getName() + "." + call.getName())));

    private static final ArchCondition<JavaClass> RUN_ALONE = marked(Set.of(Isolated.class),
            "be (or be inside) an @Isolated class", "changes the language but is not @Isolated");

    /**
     * A class that changes the language (or the JVM's default locale) runs alone: a paper or message made beside it
     * came out in English once (CombinedPdfTest's "pp." for "s.", ci22's third run).
     */
    @ArchTest
    static final ArchRule languageChangersRunAlone = classes().that(TESTS_CHANGING_THE_LANGUAGE).should(RUN_ALONE);

    @ArchTest
    static final ArchRule windowTestsTakeTurnsAtTheDisplay = classes().that(TESTS_DRIVING_A_WINDOW)
            .should(TAKE_TURNS);

    /** The window classes type through {@code WindowRobot}: TestFX's own write waits ~80 ms after each character. */
    @ArchTest
    static final ArchRule windowTestsTypeThroughWindowRobot = noClasses().that()
            .doNotHaveFullyQualifiedName("se.ledamot.WindowRobot").should().dependOnClassesThat()
            .haveFullyQualifiedName("org.testfx.framework.junit5.ApplicationExtension");

    private static ArchCondition<JavaClass> marked(Set<Class<? extends java.lang.annotation.Annotation>> marks,
            String description, String failure) {
        return new ArchCondition<>(description) {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                JavaClass outer = c;
                boolean marked = false;
                while (outer != null && !marked) {
                    JavaClass o = outer;
                    marked = marks.stream().anyMatch(o::isAnnotatedWith);
                    outer = outer.getEnclosingClass().orElse(null);
                }
                events.add(new SimpleConditionEvent(c, marked, c.getName() + " " + failure));
            }
        };
    }

    private static boolean isTest(JavaMethod m) {
        return m.getAnnotations().stream().anyMatch(a -> TEST_ANNOTATIONS.contains(a.getRawType().getName()));
    }
}
