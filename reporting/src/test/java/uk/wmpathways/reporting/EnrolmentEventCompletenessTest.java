package uk.wmpathways.reporting;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentEvent;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentState;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstProgress;
import uk.wmpathways.caseservice.api.enrolment.PathwayProgress;
import uk.wmpathways.caseservice.api.enrolment.RoughSleepingProgress;
import uk.wmpathways.caseservice.api.enrolment.Stage;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkProgress;
import uk.wmpathways.reporting.casework.TimelineTextTaught;
import uk.wmpathways.reporting.outcomes.OutcomeRowTaught;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every enrolment event in the published language has been taught to every fold over enrolment events: the
 * enrolment state (its common part, or exactly one pathway's progress), the outcome reports' row and the
 * timeline's words. The events are found on the classpath, not listed here, so that a new event that one of them
 * was not taught fails this test, naming it, instead of falling through unnoticed.
 */
class EnrolmentEventCompletenessTest {

    private static final String EVENTS_PACKAGE = "uk.wmpathways.caseservice.api.enrolment";

    /** One progress of each pathway, only to ask what it has been taught. */
    private static final List<PathwayProgress> PROGRESSES = List.of(
            new HousingFirstProgress(Stage.REFERRED, List.of()),
            new RoughSleepingProgress(Stage.CONTACTED, null),
            new ThriveIntoWorkProgress(Stage.REFERRED, null, null, null, null, List.of()));

    private static final List<Class<? extends EnrolmentEvent>> EVENTS = concreteEnrolmentEvents();

    private static List<Class<? extends EnrolmentEvent>> concreteEnrolmentEvents() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(EVENTS_PACKAGE).stream()
                .filter(type -> type.isAssignableTo(EnrolmentEvent.class))
                .filter(type -> !type.isInterface() && !type.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::reflect)
                .<Class<? extends EnrolmentEvent>>map(type -> type.asSubclass(EnrolmentEvent.class))
                .sorted(Comparator.comparing(Class::getSimpleName))
                .toList();
    }

    @Test
    void theScanFindsTheEnrolmentEvents() {
        assertThat(EVENTS).as("concrete enrolment events found in " + EVENTS_PACKAGE)
                .hasSizeGreaterThanOrEqualTo(20)
                .extracting(Class::getSimpleName)
                .contains("ReferredToHousingFirst", "OutreachContactMade", "ReferredToThriveIntoWork",
                        "EnrolmentClosed", "JobEnded");
    }

    @Test
    void oneProgressOfEachPathwayIsAsked() {
        assertThat(PROGRESSES.stream().map(Object::getClass))
                .containsExactlyInAnyOrder(PathwayProgress.class.getPermittedSubclasses());
    }

    @Test
    void theEnrolmentStateFoldsEveryEventInTheCommonPartOrExactlyOnePathway() {
        List<String> problems = new ArrayList<>();
        for (Class<? extends EnrolmentEvent> event : EVENTS) {
            List<String> teachers = new ArrayList<>();
            if (EnrolmentState.commonEvents().contains(event)) {
                teachers.add("EnrolmentState (common)");
            }
            for (PathwayProgress progress : PROGRESSES) {
                if (progress.taught().contains(event)) {
                    teachers.add(progress.getClass().getSimpleName());
                }
            }
            if (teachers.isEmpty()) {
                problems.add(event.getSimpleName() + " is taught neither to EnrolmentState's common part nor to"
                        + " any pathway's progress");
            } else if (teachers.size() > 1) {
                problems.add(event.getSimpleName() + " is taught more than once: " + String.join(", ", teachers));
            }
        }
        assertThat(problems).as("the enrolment state's fold").isEmpty();
    }

    @Test
    void theOutcomeRowHasACaseForEveryEvent() {
        assertThat(untaught(OutcomeRowTaught.events())).as("events OutcomeRow.with has no case for").isEmpty();
    }

    @Test
    void theTimelineHasWordsForEveryEvent() {
        assertThat(untaught(TimelineTextTaught.events())).as("events TimelineText.of has no case for").isEmpty();
    }

    @Test
    void noFoldIsTaughtAnEventThatIsNotInThePublishedLanguage() {
        Set<Class<? extends EnrolmentEvent>> published = Set.copyOf(EVENTS);
        TreeMap<String, Set<String>> strays = new TreeMap<>();
        strays.put("EnrolmentState (common)", strays(EnrolmentState.commonEvents(), published));
        PROGRESSES.forEach(progress ->
                strays.put(progress.getClass().getSimpleName(), strays(progress.taught(), published)));
        strays.put("OutcomeRow", strays(OutcomeRowTaught.events(), published));
        strays.put("TimelineText", strays(TimelineTextTaught.events(), published));
        strays.values().removeIf(Set::isEmpty);
        assertThat(strays).isEmpty();
    }

    private static List<String> untaught(Set<Class<? extends EnrolmentEvent>> taught) {
        return EVENTS.stream().filter(event -> !taught.contains(event)).map(Class::getSimpleName).toList();
    }

    private static Set<String> strays(Set<Class<? extends EnrolmentEvent>> taught,
                                      Set<Class<? extends EnrolmentEvent>> published) {
        return taught.stream().filter(event -> !published.contains(event)).map(Class::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
