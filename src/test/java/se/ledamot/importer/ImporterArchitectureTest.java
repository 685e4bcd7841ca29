package se.ledamot.importer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.regex.Pattern;

/** The importer's own map: packages without cycles, and every regular expression of the parser under the budget. */
@AnalyzeClasses(packages = "se.ledamot.importer", importOptions = ImportOption.DoNotIncludeTests.class)
class ImporterArchitectureTest {

    @ArchTest
    static final ArchRule packagesFormNoCycle = slices().matching("se.ledamot.(**)").should().beFreeOfCycles()
            .because("importer uses read, parse, draft and budget; none of them may use importer or each other back");

    @ArchTest
    static final ArchRule parserMatchesOnlyThroughScan = noClasses().that().resideInAPackage("se.ledamot.importer.parse..")
            .and().doNotHaveSimpleName("Scan")
            .should().callMethod(Pattern.class, "matcher", CharSequence.class)
            .orShould().callMethod(Pattern.class, "matches", String.class, CharSequence.class)
            .orShould().callMethod(String.class, "matches", String.class)
            .orShould().callMethod(String.class, "replaceAll", String.class, String.class)
            .orShould().callMethod(String.class, "replaceFirst", String.class, String.class)
            .orShould().callMethod(String.class, "split", String.class)
            .orShould().callMethod(String.class, "split", String.class, int.class)
            .because("Scan charges every character a pattern looks at to the file's budget, so a pattern that "
                    + "backtracks is stopped, and the linearity tests can count the work");

    @ArchTest
    static final ArchRule draftAndBudgetDependOnNoOtherImporterPackage = noClasses()
            .that().resideInAnyPackage("se.ledamot.importer.draft..", "se.ledamot.importer.budget..")
            .should().dependOnClassesThat().resideInAnyPackage("se.ledamot.importer", "se.ledamot.importer.read..",
                    "se.ledamot.importer.parse..");
}
