package uk.wmpathways.caseservice.participant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.TestCallers;
import uk.wmpathways.caseservice.api.ChangeContactDetails;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.caseservice.api.RegisterParticipant;
import uk.wmpathways.caseservice.api.consent.ConsentAlreadyWithdrawnException;
import uk.wmpathways.caseservice.api.consent.ConsentRecorded;
import uk.wmpathways.caseservice.api.consent.ConsentScope;
import uk.wmpathways.caseservice.api.consent.ConsentWithdrawn;
import uk.wmpathways.caseservice.api.consent.LawfulBasis;
import uk.wmpathways.caseservice.api.consent.LawfulBasisRecorded;
import uk.wmpathways.caseservice.api.consent.ProcessingRestricted;
import uk.wmpathways.caseservice.api.consent.ProcessingRestrictedException;
import uk.wmpathways.caseservice.api.consent.ProcessingRestrictionLifted;
import uk.wmpathways.caseservice.api.consent.RecordConsent;
import uk.wmpathways.caseservice.api.consent.RecordLawfulBasis;
import uk.wmpathways.caseservice.api.consent.SpecialCategoryCondition;
import uk.wmpathways.caseservice.api.consent.UnknownConsentException;
import uk.wmpathways.caseservice.api.consent.WithdrawConsent;
import uk.wmpathways.infra.access.AccessRefusedException;

import java.time.LocalDate;

import static uk.wmpathways.caseservice.participant.ParticipantRegistrationTest.CLOCK;
import static uk.wmpathways.caseservice.participant.ParticipantRegistrationTest.ID;
import static uk.wmpathways.caseservice.participant.ParticipantRegistrationTest.NOW;
import static uk.wmpathways.caseservice.participant.ParticipantRegistrationTest.TODAY;

/** The lawful basis and consents a person's record is held on, decided by the participant. */
class ConsentAndLawfulBasisTest {

    static final String REGISTERING = "OUTREACH";
    static final String RECEIVING = "HOUSING-FIRST";
    static final String CONSENT_ID = "c-1";

    private FixtureConfiguration<Participant> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Participant.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource((ParticipantSharing) (organisation, id) -> false);
        fixture.registerCommandDispatchInterceptor(TestCallers.unlessGiven(TestCallers.caseworker("caseworker", REGISTERING)));
        fixture.registerAnnotatedCommandHandler(
                new ParticipantRegistrationHandler(fixture.getRepository(), new InMemoryNhsNumberRegistry(), CLOCK));
    }

    private static ParticipantRegistered registered() {
        return new ParticipantRegistered(ID, "Alexis", "Example", LocalDate.of(1980, 4, 23), null,
                LocalAuthority.WALSALL, null, null, "caseworker", NOW, null, REGISTERING);
    }

    private static RegisterParticipant registration(LawfulBasis basis, LocalDate consentGivenOn) {
        return new RegisterParticipant(ID, "Alexis", "Example", LocalDate.of(1980, 4, 23), null,
                LocalAuthority.WALSALL, null, null, "caseworker", null, basis, null, consentGivenOn);
    }

    private static LawfulBasisRecorded consentBasis() {
        return new LawfulBasisRecorded(ID, LawfulBasis.CONSENT, null, "caseworker", NOW);
    }

    private static ConsentRecorded processingConsent() {
        return new ConsentRecorded(ID, CONSENT_ID, ConsentScope.PROCESSING, null, "caseworker", NOW, TODAY);
    }

    private static ConsentRecorded sharingConsent() {
        return new ConsentRecorded(ID, CONSENT_ID, ConsentScope.SHARE_WITH_ORGANISATION, RECEIVING, "caseworker", NOW,
                TODAY);
    }

    @Test
    void registrationRecordsTheBasisRightAfterTheRegistration() {
        fixture.givenNoPriorActivity()
                .when(registration(LawfulBasis.PUBLIC_TASK, null))
                .expectEvents(registered(),
                        new LawfulBasisRecorded(ID, LawfulBasis.PUBLIC_TASK, null, "caseworker", NOW));
    }

    @Test
    void registrationUnderConsentRecordsTheConsentWithWhoAndWhen() {
        fixture.givenNoPriorActivity()
                .when(registration(LawfulBasis.CONSENT, TODAY.minusDays(1)))
                .expectEvents(registered(), consentBasis(),
                        new ConsentRecorded(ID, Participant.registrationConsentId(ID), ConsentScope.PROCESSING, null,
                                "caseworker", NOW, TODAY.minusDays(1)));
    }

    @Test
    void registrationWithoutABasisOrWithoutTheDayOfConsentIsRefused() {
        fixture.givenNoPriorActivity().when(registration(null, null))
                .expectException(InvalidCommandException.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(registration(LawfulBasis.CONSENT, null))
                .expectException(InvalidCommandException.class).expectNoEvents();
    }

    @Test
    void aRecordWithoutABasisGetsOneRecordedLater() {
        fixture.given(registered())
                .when(new RecordLawfulBasis(ID, LawfulBasis.PUBLIC_TASK,
                        SpecialCategoryCondition.HEALTH_OR_SOCIAL_CARE, null, "caseworker"))
                .expectEvents(new LawfulBasisRecorded(ID, LawfulBasis.PUBLIC_TASK,
                        SpecialCategoryCondition.HEALTH_OR_SOCIAL_CARE, "caseworker", NOW));
    }

    @Test
    void anotherOrganisationCannotRecordTheBasisOrConsent() {
        fixture.given(registered())
                .when(new RecordLawfulBasis(ID, LawfulBasis.PUBLIC_TASK, null, null, "other"), otherOrganisation())
                .expectException(AccessRefusedException.class).expectNoEvents();
        fixture.given(registered())
                .when(new RecordConsent(ID, CONSENT_ID, ConsentScope.SHARE_WITH_ORGANISATION, RECEIVING, TODAY,
                        "other"), otherOrganisation())
                .expectException(AccessRefusedException.class).expectNoEvents();
    }

    private static java.util.Map<String, ?> otherOrganisation() {
        return TestCallers.caseworker("other", RECEIVING).toMetaData();
    }

    @Test
    void sharingConsentNamesTheOrganisation() {
        fixture.given(registered())
                .when(new RecordConsent(ID, CONSENT_ID, ConsentScope.SHARE_WITH_ORGANISATION, RECEIVING, TODAY,
                        "caseworker"))
                .expectEvents(sharingConsent());
        fixture.given(registered())
                .when(new RecordConsent(ID, CONSENT_ID, ConsentScope.SHARE_WITH_ORGANISATION, " ", TODAY,
                        "caseworker"))
                .expectException(InvalidCommandException.class).expectNoEvents();
    }

    @Test
    void consentToProcessingIsAskedOnlyWhenConsentIsTheBasis() {
        fixture.given(registered(), new LawfulBasisRecorded(ID, LawfulBasis.PUBLIC_TASK, null, "caseworker", NOW))
                .when(new RecordConsent(ID, CONSENT_ID, ConsentScope.PROCESSING, null, TODAY, "caseworker"))
                .expectException(InvalidCommandException.class).expectNoEvents();
    }

    @Test
    void withdrawingSharingConsentRecordsTheWithdrawalOnly() {
        fixture.given(registered(), sharingConsent())
                .when(new WithdrawConsent(ID, CONSENT_ID, "caseworker"))
                .expectEvents(new ConsentWithdrawn(ID, CONSENT_ID, "caseworker", NOW));
    }

    @Test
    void withdrawingTwiceIsAConflict() {
        fixture.given(registered(), sharingConsent(), new ConsentWithdrawn(ID, CONSENT_ID, "caseworker", NOW))
                .when(new WithdrawConsent(ID, CONSENT_ID, "caseworker"))
                .expectException(ConsentAlreadyWithdrawnException.class).expectNoEvents();
    }

    @Test
    void withdrawingAnUnknownConsentIsNotFound() {
        fixture.given(registered(), sharingConsent())
                .when(new WithdrawConsent(ID, "no-such-consent", "caseworker"))
                .expectException(UnknownConsentException.class).expectNoEvents();
    }

    @Test
    void anOrganisationThatNeitherRegisteredNorSupportsThePersonIsRefused() {
        fixture.given(registered(), sharingConsent())
                .when(new WithdrawConsent(ID, CONSENT_ID, "other"), otherOrganisation())
                .expectException(AccessRefusedException.class).expectNoEvents();
    }

    @Test
    void withdrawingTheConsentTheRecordIsHeldOnRestrictsProcessing() {
        fixture.given(registered(), consentBasis(), processingConsent())
                .when(new WithdrawConsent(ID, CONSENT_ID, "caseworker"))
                .expectEvents(new ConsentWithdrawn(ID, CONSENT_ID, "caseworker", NOW),
                        new ProcessingRestricted(ID, CONSENT_ID, NOW));
    }

    @Test
    void aRestrictedRecordRefusesFurtherStepsUntilConsentIsGivenAgain() {
        Object[] restricted = {registered(), consentBasis(), processingConsent(),
                new ConsentWithdrawn(ID, CONSENT_ID, "caseworker", NOW), new ProcessingRestricted(ID, CONSENT_ID, NOW)};
        fixture.given(restricted)
                .when(new ChangeContactDetails(ID, "0121 496 0000", null, "caseworker"))
                .expectException(ProcessingRestrictedException.class).expectNoEvents();
        fixture.given(restricted)
                .when(new RecordConsent(ID, "c-2", ConsentScope.SHARE_WITH_ORGANISATION, RECEIVING, TODAY, "caseworker"))
                .expectException(ProcessingRestrictedException.class).expectNoEvents();
        fixture.given(restricted)
                .when(new RecordConsent(ID, "c-2", ConsentScope.PROCESSING, null, TODAY, "caseworker"))
                .expectEvents(new ConsentRecorded(ID, "c-2", ConsentScope.PROCESSING, null, "caseworker", NOW, TODAY),
                        new ProcessingRestrictionLifted(ID, "caseworker", NOW));
    }

    @Test
    void anotherBasisLiftsTheRestriction() {
        fixture.given(registered(), consentBasis(), processingConsent(),
                        new ConsentWithdrawn(ID, CONSENT_ID, "caseworker", NOW), new ProcessingRestricted(ID, CONSENT_ID, NOW))
                .when(new RecordLawfulBasis(ID, LawfulBasis.VITAL_INTERESTS, null, null, "caseworker"))
                .expectEvents(new LawfulBasisRecorded(ID, LawfulBasis.VITAL_INTERESTS, null, "caseworker", NOW),
                        new ProcessingRestrictionLifted(ID, "caseworker", NOW));
    }
}
