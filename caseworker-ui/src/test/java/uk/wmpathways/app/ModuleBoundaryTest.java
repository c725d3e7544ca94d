package uk.wmpathways.app;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The views and the application use the other modules only through what they publish:
 * <ul>
 *   <li>case-service: its {@code api} package (commands, events, queries and their answers, value types,
 *       the rules forms share with aggregates), with its subpackages such as {@code api.enrolment};</li>
 *   <li>reporting: its {@code api} (report queries and answers), {@code client} (the report query client,
 *       {@code Reports}) and {@code export} (CSV and Excel writers, rows, file names, descriptions), never
 *       its controllers ({@code web}, {@code admin}), projections or read models.</li>
 * </ul>
 * infra may be used freely: it is the platform every module stands on.
 */
class ModuleBoundaryTest {

    private static final List<String> PUBLISHED = List.of(
            "uk.wmpathways.caseservice.api",
            "uk.wmpathways.reporting.api",
            "uk.wmpathways.reporting.client",
            "uk.wmpathways.reporting.export");

    private final JavaClasses application = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.wmpathways.ui", "uk.wmpathways.app");

    @Test
    void usesOtherModulesOnlyThroughWhatTheyPublish() {
        noClasses().that().resideInAnyPackage("uk.wmpathways.ui..", "uk.wmpathways.app..")
                .should().dependOnClassesThat(DescribedPredicate.describe(
                        "are in case-service or reporting but outside their published packages " + PUBLISHED,
                        ModuleBoundaryTest::isUnpublished))
                .check(application);
    }

    private static boolean isUnpublished(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        boolean otherModule = name.startsWith("uk.wmpathways.caseservice") || name.startsWith("uk.wmpathways.reporting");
        return otherModule && PUBLISHED.stream().noneMatch(published -> name.equals(published)
                || name.startsWith(published + "."));
    }
}
