package se.ledamot.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of Ledamot, as the package names show them: domain ← store, importer, brief ← ui, cli ← app. */
@AnalyzeClasses(packages = "se.ledamot", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("se.ledamot.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "org.h2..",
                    "org.flywaydb..", "org.apache.pdfbox..", "picocli..", "com.fasterxml..", "java.sql..",
                    "java.awt..", "javax.swing..")
            .because("the domain is plain Java that every other part builds on");

    @ArchTest
    static final ArchRule domainDependsOnNothingOfOurs = noClasses().that().resideInAPackage("se.ledamot.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("se.ledamot.store..", "se.ledamot.importer..",
                    "se.ledamot.brief..", "se.ledamot.ui..", "se.ledamot.cli..", "se.ledamot.app..",
                    "se.ledamot.l10n..");

    @ArchTest
    static final ArchRule uiStaysOffTheGeneratedJooqClasses = noClasses().that().resideInAPackage("se.ledamot.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("se.ledamot.store.jooq..", "org.jooq..")
            .because("the window works with domain objects and stores, never with tables");

    @ArchTest
    static final ArchRule onlyTheStoreTalksToTheDatabase = noClasses().that()
            .resideOutsideOfPackages("se.ledamot.store..")
            .and().doNotHaveFullyQualifiedName("se.ledamot.service.Ledamot")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.flywaydb..", "org.h2..",
                    "se.ledamot.store.jooq..");

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInAnyPackage("se.ledamot..")
            .layer("Domain").definedBy("se.ledamot.domain..")
            .layer("Localization").definedBy("se.ledamot.l10n..")
            .layer("Store").definedBy("se.ledamot.store..")
            .layer("Importer").definedBy("se.ledamot.importer..")
            .layer("Brief").definedBy("se.ledamot.brief..")
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
            .whereLayer("Localization").mayOnlyBeAccessedByLayers("Importer", "Brief", "Ui", "Cli", "App", "Store",
                    "Service")
            .withOptionalLayers(true);

    @ArchTest
    static final ArchRule viewModelsHoldStateNotControls = noClasses().that().resideInAPackage("se.ledamot.ui..")
            .and().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..")
            .because("view models are tested without a screen; they talk to the user through the DialogService");

    @ArchTest
    static final ArchRule viewsLeaveTheStoresToTheirViewModels = noClasses().that().resideInAPackage("se.ledamot.ui..")
            .and().haveSimpleNameEndingWith("View")
            .should().dependOnClassesThat().resideInAnyPackage("se.ledamot.store..")
            .because("views are thin: only view models read and write data");

    @ArchTest
    static final ArchRule noSwingInTheApp = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("javax.swing..");
}
