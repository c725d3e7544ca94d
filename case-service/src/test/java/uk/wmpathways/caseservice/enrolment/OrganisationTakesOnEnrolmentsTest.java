package uk.wmpathways.caseservice.enrolment;

import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstReferralSource;
import uk.wmpathways.caseservice.api.enrolment.RecordOutreachContact;
import uk.wmpathways.caseservice.api.enrolment.ReferToHousingFirst;
import uk.wmpathways.caseservice.api.enrolment.ReferredToHousingFirst;
import uk.wmpathways.caseservice.api.enrolment.TransferEnrolment;
import uk.wmpathways.caseservice.api.organisation.OrganisationUnavailableException;
import uk.wmpathways.infra.organisation.ProviderOrganisations.Organisation;

import java.util.Set;

import static uk.wmpathways.caseservice.RecordedId.recordedId;

/**
 * An enrolment is started or transferred only to an organisation that is not retired and serves its pathway and
 * local authority; what is refused records nothing and names the field.
 */
class OrganisationTakesOnEnrolmentsTest extends EnrolmentFixtureTest {

    static final Set<String> EVERY_PATHWAY = Set.of("HOUSING_FIRST", "ROUGH_SLEEPING_INITIATIVE", "THRIVE_INTO_WORK");

    static ReferToHousingFirst referral(LocalAuthority area) {
        return new ReferToHousingFirst(ID, PARTICIPANT, ORGANISATION, area, FundingStream.HOUSING_FIRST_PILOT, null,
                HousingFirstReferralSource.HOSPITAL, TODAY, null, BY);
    }

    static TransferEnrolment transferTo(String organisation) {
        return new TransferEnrolment(ID, organisation, null, "Moving", TODAY, null, null, BY);
    }

    private void demoSupport(boolean active, Set<String> pathways, Set<String> areas) {
        organisations.record(new Organisation(ORGANISATION, "West Midlands Demo Support Trust (demo)", active,
                pathways, areas));
    }

    private void streetOutreach(boolean active, Set<String> pathways, Set<String> areas) {
        organisations.record(new Organisation("STREET-OUTREACH", "Street Outreach Collective (demo)", active,
                pathways, areas));
    }

    @Test
    void aRetiredOrganisationStartsNoEnrolment() {
        demoSupport(false, EVERY_PATHWAY, Set.of("WALSALL"));
        fixture.givenNoPriorActivity()
                .when(referral(LocalAuthority.WALSALL))
                .expectNoEvents()
                .expectException(OrganisationUnavailableException.class)
                .expectExceptionMessage("West Midlands Demo Support Trust (demo) is retired: it takes on no new "
                        + "enrolments");
    }

    @Test
    void anOrganisationStartsEnrolmentsOnlyInThePathwaysAndAreasItServes() {
        demoSupport(true, Set.of("THRIVE_INTO_WORK"), Set.of("WALSALL"));
        fixture.givenNoPriorActivity()
                .when(referral(LocalAuthority.WALSALL))
                .expectNoEvents()
                .expectException(OrganisationUnavailableException.class)
                .expectExceptionMessage("West Midlands Demo Support Trust (demo) does not deliver Housing First");

        setUpFixture();
        demoSupport(true, EVERY_PATHWAY, Set.of("WALSALL"));
        fixture.givenNoPriorActivity()
                .when(new RecordOutreachContact(ID, PARTICIPANT, ORGANISATION, LocalAuthority.DUDLEY,
                        FundingStream.ROUGH_SLEEPING_INITIATIVE, null, TODAY, "Doorway", true, null, BY))
                .expectNoEvents()
                .expectException(OrganisationUnavailableException.class)
                .expectExceptionMessage("West Midlands Demo Support Trust (demo) does not serve Dudley");

        setUpFixture();
        demoSupport(true, Set.of("HOUSING_FIRST"), Set.of("WALSALL"));
        fixture.givenNoPriorActivity()
                .when(referral(LocalAuthority.WALSALL))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayloadMatching(recordedId(ID));
    }

    @Test
    void anEnrolmentIsNotTransferredToARetiredOrganisationNorToOneNotServingItsArea() {
        ReferredToHousingFirst inBirmingham = referredToHousingFirst();
        streetOutreach(false, EVERY_PATHWAY, Set.of("BIRMINGHAM"));
        fixture.given(inBirmingham)
                .when(transferTo("STREET-OUTREACH"))
                .expectNoEvents()
                .expectException(OrganisationUnavailableException.class)
                .expectExceptionMessage("Street Outreach Collective (demo) is retired: it takes on no new enrolments");

        setUpFixture();
        streetOutreach(true, EVERY_PATHWAY, Set.of("COVENTRY"));
        fixture.given(inBirmingham)
                .when(transferTo("STREET-OUTREACH"))
                .expectNoEvents()
                .expectException(OrganisationUnavailableException.class)
                .expectExceptionMessage("Street Outreach Collective (demo) does not serve Birmingham");
    }
}
