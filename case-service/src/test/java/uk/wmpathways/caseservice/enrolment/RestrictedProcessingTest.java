package uk.wmpathways.caseservice.enrolment;

import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.consent.ProcessingRestrictedException;
import uk.wmpathways.caseservice.api.enrolment.AssignWorker;
import uk.wmpathways.caseservice.api.enrolment.WorkerAssigned;

/**
 * A person who withdrew the consent their record is held on: no step is recorded on their enrolments until they
 * give it again or another basis is recorded.
 */
class RestrictedProcessingTest extends EnrolmentFixtureTest {

    @Test
    void aStepOnTheEnrolmentOfARestrictedPersonIsRefused() {
        restrictedParticipants.add(PARTICIPANT);
        fixture.given(referredToHousingFirst())
                .when(new AssignWorker(ID, "caseworker2", TODAY, null, null, BY))
                .expectException(ProcessingRestrictedException.class)
                .expectNoEvents();
    }

    @Test
    void onceTheRestrictionIsLiftedStepsAreRecordedAgain() {
        fixture.given(referredToHousingFirst())
                .when(new AssignWorker(ID, "caseworker2", TODAY, null, null, BY))
                .expectEvents(new WorkerAssigned(ID, "caseworker2", WORKER, TODAY, null, BY, NOW));
    }
}
