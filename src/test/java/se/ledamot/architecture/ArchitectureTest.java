package se.ledamot.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The map of Ledamot, as the package names show it: domain ← store, importer, brief ← service ← ui, cli ← app.
 * The domain is plain Java; only the store talks to the database; the application layer ({@code service}) is the
 * one way in for the window and the command line, and its composition root ({@code Ledamot}) the one place that
 * makes stores and reads the system clock; the window's areas reach each other only through the shell; no package
 * depends on itself in a circle.
 */
@AnalyzeClasses(packages = "se.ledamot", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** The composition root: opens the database, makes the stores, chooses the clock. */
    static final String COMPOSITION_ROOT = "se.ledamot.service.Ledamot";
    /** The areas of the window, one package each; the shell, tasks and dialogs are shared by all. */
    static final List<String> UI_AREAS = List.of("register", "editor", "importer", "meetings", "answer", "debate",
            "dashboard", "trash", "brief", "minutes", "find");

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("se.ledamot.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "org.h2..",
                    "org.flywaydb..", "org.apache.pdfbox..", "picocli..", "com.fasterxml..", "java.sql..",
                    "java.awt..", "javax.swing..")
            .because("the domain is plain Java that every other part builds on");

    @ArchTest
    static final ArchRule domainDependsOnNothingOfOurs = noClasses().that().resideInAPackage("se.ledamot.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("se.ledamot.store..", "se.ledamot.importer..",
                    "se.ledamot.brief..", "se.ledamot.search..", "se.ledamot.service..", "se.ledamot.ui..", "se.ledamot.cli..",
                    "se.ledamot.app..", "se.ledamot.l10n..");

    @ArchTest
    static final ArchRule onlyTheStoreTalksToTheDatabase = noClasses().that()
            .resideOutsideOfPackages("se.ledamot.store..").and().doNotHaveFullyQualifiedName(COMPOSITION_ROOT)
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.flywaydb..", "org.h2..",
                    "se.ledamot.store.jooq..")
            .because("the store keeps the tables; the composition root only hands its DSLContext to the stores");

    @ArchTest
    static final ArchRule nothingAboveTheApplicationLayerSeesAStore = noClasses().that()
            .resideInAnyPackage("se.ledamot.ui..", "se.ledamot.cli..", "se.ledamot.app..")
            .should().dependOnClassesThat().resideInAnyPackage("se.ledamot.store..", "org.jooq..", "org.h2..",
                    "org.flywaydb..", "java.sql..")
            .because("the window and the command line do everything through the services of se.ledamot.service");

    @ArchTest
    static final ArchRule nothingThatReachesTheDatabaseInterruptsAThread = noClasses().that()
            .resideInAnyPackage("se.ledamot.ui..", "se.ledamot.cli..", "se.ledamot.service..", "se.ledamot.store..")
            .should().callMethod(Thread.class, "interrupt")
            .orShould().callMethod(ExecutorService.class, "shutdownNow")
            .orShould().callMethod(Future.class, "cancel", boolean.class)
            .orShould().dependOnClassesThat().resideInAPackage("javafx.concurrent..")
            .because("an interrupt inside H2 closes the database file: cancelling asks the work to stop at its next "
                    + "safe point (ui.task), and javafx.concurrent.Task's cancel interrupts");

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInAnyPackage("se.ledamot..")
            .layer("Domain").definedBy("se.ledamot.domain..")
            .layer("Localization").definedBy("se.ledamot.l10n..")
            .layer("Store").definedBy("se.ledamot.store..")
            .layer("Importer").definedBy("se.ledamot.importer..")
            .layer("Brief").definedBy("se.ledamot.brief..")
            .layer("Search").definedBy("se.ledamot.search..")
            .layer("Service").definedBy("se.ledamot.service..")
            .layer("Ui").definedBy("se.ledamot.ui..")
            .layer("Cli").definedBy("se.ledamot.cli..")
            .layer("App").definedBy("se.ledamot.app..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("Ui", "Cli", "App")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Importer").mayOnlyBeAccessedByLayers("Store", "Service", "Ui", "Cli", "App")
            .whereLayer("Brief").mayOnlyBeAccessedByLayers("Service", "Ui", "Cli", "App")
            // The index and the records it is fed: the store reads them, the services run it, front ends show hits.
            .whereLayer("Search").mayOnlyBeAccessedByLayers("Store", "Service", "Ui", "Cli")
            .whereLayer("Localization").mayOnlyBeAccessedByLayers("Importer", "Brief", "Store", "Service", "Ui",
                    "Cli", "App")
            .withOptionalLayers(true);

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("se.ledamot.(**)").should().beFreeOfCycles()
            // Generated by jOOQ from the schema: its tables, keys and records refer to each other by design.
            .ignoreDependency(resideInAPackage("se.ledamot.store.jooq.."), resideInAPackage("se.ledamot.store.jooq.."))
            // The parser works on the importer's drafts and warnings while the importer runs the parser; the parser
            // is being split into extractors (issue 12), which is where this pair gets its own package of types.
            .ignoreDependency(resideInAPackage("se.ledamot.importer.parse.."), resideInAPackage("se.ledamot.importer"));

    @ArchTest
    static final ArchRule uiAreasDoNotImportEachOther = CompositeArchRule.of(UI_AREAS.stream()
            .map(ArchitectureTest::areaStaysInItself).toList())
            .as("no area of the window imports another; they navigate through the shell");

    @ArchTest
    static final ArchRule theSystemClockIsReadOnlyInTheCompositionRoot = noClasses().that()
            .doNotHaveFullyQualifiedName(COMPOSITION_ROOT)
            // Measures the process's own start-up time for the installer's benchmark; it is no "today".
            .and().doNotHaveFullyQualifiedName("se.ledamot.app.StartupProbe")
            // Ages the class-data archive's training claim (a cache file's minutes); it is no "today" either.
            .and().doNotHaveFullyQualifiedName("se.ledamot.app.StartupCache")
            .should().callMethod(Clock.class, "systemUTC").orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(LocalDate.class, "now").orShould().callMethod(LocalDate.class, "now", ZoneId.class)
            .orShould().callMethod(LocalDateTime.class, "now").orShould().callMethod(LocalTime.class, "now")
            .orShould().callMethod(Instant.class, "now").orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .because("one clock, chosen by the composition root, makes 'today' the same everywhere and testable");

    @ArchTest
    static final ArchRule viewModelsHoldStateNotControls = noClasses().that().resideInAPackage("se.ledamot.ui..")
            .and().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..")
            .because("view models are tested without a screen; they talk to the user through the DialogService");

    @ArchTest
    static final ArchRule onlyViewModelsUseTheServices = noClasses().that().resideInAPackage("se.ledamot.ui..")
            .and().haveSimpleNameNotEndingWith("ViewModel")
            // The window's composition: DesktopApp (and its nested classes) opens the application, AppContext carries
            // it to the view models.
            .and().haveNameNotMatching("se\\.ledamot\\.ui\\.DesktopApp(\\$.*)?")
            .and().doNotHaveFullyQualifiedName("se.ledamot.ui.shell.AppContext")
            .should().dependOnClassesThat(serviceClasses())
            .because("screens and views are thin: only view models read and write data (records the services"
                    + " return, such as an agenda entry, may be shown by any class)");

    @ArchTest
    static final ArchRule noSwingInTheApp = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("javax.swing..");

    /** The services and the composition root, not the records they return. */
    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> serviceClasses() {
        return resideInAPackage("se.ledamot.service..").and(or(simpleNameEndingWith("Service"), simpleName("Ledamot")))
                .as("a service of se.ledamot.service");
    }

    /** An area depends on the shared packages and itself; the register screen shows the editor beside its table. */
    private static ArchRule areaStaysInItself(String area) {
        String[] others = UI_AREAS.stream().filter(a -> !a.equals(area))
                .filter(a -> !(area.equals("register") && a.equals("editor")))
                .map(a -> "se.ledamot.ui." + a + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage("se.ledamot.ui." + area + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others);
    }
}
