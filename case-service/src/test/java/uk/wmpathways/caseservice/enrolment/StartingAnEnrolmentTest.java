package uk.wmpathways.caseservice.enrolment;

import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstReferralSource;
import uk.wmpathways.caseservice.api.enrolment.ParticipantNotRegisteredException;
import uk.wmpathways.caseservice.api.enrolment.ReferToHousingFirst;
import uk.wmpathways.caseservice.api.enrolment.ReferredToHousingFirst;

import static uk.wmpathways.caseservice.RecordedId.recordedId;

/** What every start has in common: a registered participant, and a retry that records nothing. */
class StartingAnEnrolmentTest extends EnrolmentFixtureTest {

    static ReferToHousingFirst referral(String participantId, String requestId) {
        return new ReferToHousingFirst(ID, participantId, ORGANISATION, LocalAuthority.WALSALL,
                FundingStream.HOUSING_FIRST_PILOT, null, HousingFirstReferralSource.HOSPITAL, TODAY, requestId, BY);
    }

    static ReferredToHousingFirst referred(String requestId) {
        return new ReferredToHousingFirst(ID, PARTICIPANT, ORGANISATION, LocalAuthority.WALSALL,
                FundingStream.HOUSING_FIRST_PILOT, null, HousingFirstReferralSource.HOSPITAL, TODAY, requestId, BY,
                EARLIER);
    }

    @Test
    void anEnrolmentStartsOnlyForARegisteredParticipant() {
        fixture.givenNoPriorActivity()
                .when(referral("p-unknown", "r-1"))
                .expectNoEvents()
                .expectException(ParticipantNotRegisteredException.class)
                .expectExceptionMessage("No participant has this id");
    }

    @Test
    void aRetriedStartRecordsNothingAndAnswersTheEnrolmentId() {
        fixture.given(referred("r-1"))
                .when(referral(PARTICIPANT, "r-1"))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayloadMatching(recordedId(ID))
                .expectNoEvents();
    }

    @Test
    void anotherStartUnderATakenIdIsAConflict() {
        fixture.given(referred("r-1"))
                .when(referral(PARTICIPANT, "r-2"))
                .expectNoEvents()
                .expectException(ConcurrencyException.class);
        setUpFixture();
        fixture.given(referred(null))
                .when(referral(PARTICIPANT, null))
                .expectNoEvents()
                .expectException(ConcurrencyException.class);
    }

    @Test
    void aStartNeedsAParticipant() {
        fixture.givenNoPriorActivity()
                .when(referral(" ", "r-1"))
                .expectNoEvents()
                .expectException(withProblems(problem("participantId", "Participant is required")));
    }
}
