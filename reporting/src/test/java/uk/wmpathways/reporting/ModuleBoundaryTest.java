package uk.wmpathways.reporting;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The read side uses only case-service's published language (its api package), never its internals. */
class ModuleBoundaryTest {

    private final JavaClasses reporting = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.wmpathways.reporting");

    @Test
    void reportingDependsOnlyOnTheCaseServiceApi() {
        noClasses().that().resideInAPackage("uk.wmpathways.reporting..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "case-service classes outside its api package",
                        javaClass -> javaClass.getPackageName().startsWith("uk.wmpathways.caseservice")
                                && !javaClass.getPackageName().startsWith("uk.wmpathways.caseservice.api")))
                .check(reporting);
    }
}
