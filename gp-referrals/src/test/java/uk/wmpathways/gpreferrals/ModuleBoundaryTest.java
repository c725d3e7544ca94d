package uk.wmpathways.gpreferrals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** GP referrals use only case-service's published language (its api package), never its internals or reporting. */
class ModuleBoundaryTest {

    private final JavaClasses gpReferrals = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.wmpathways.gpreferrals");

    @Test
    void dependsOnlyOnTheCaseServiceApi() {
        noClasses().that().resideInAPackage("uk.wmpathways.gpreferrals..")
                .should().dependOnClassesThat(DescribedPredicate.describe(
                        "case-service classes outside its api package, or reporting",
                        javaClass -> javaClass.getPackageName().startsWith("uk.wmpathways.reporting")
                                || javaClass.getPackageName().startsWith("uk.wmpathways.caseservice")
                                && !javaClass.getPackageName().startsWith("uk.wmpathways.caseservice.api")))
                .check(gpReferrals);
    }
}
