package uk.wmpathways.caseservice.participant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.TestCallers;
import uk.wmpathways.caseservice.api.ChangeContactDetails;
import uk.wmpathways.caseservice.api.EraseParticipant;
import uk.wmpathways.caseservice.api.ErasureGround;
import uk.wmpathways.caseservice.api.ErasureRefusedException;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.ParticipantErased;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.caseservice.api.ReapplyErasure;
import uk.wmpathways.caseservice.api.consent.ConsentRecorded;
import uk.wmpathways.caseservice.api.consent.ConsentScope;
import uk.wmpathways.caseservice.api.consent.ConsentWithdrawn;
import uk.wmpathways.caseservice.api.consent.LawfulBasis;
import uk.wmpathways.caseservice.api.consent.LawfulBasisRecorded;
import uk.wmpathways.caseservice.api.consent.ProcessingRestricted;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.personaldata.DataSubjectErasedException;
import uk.wmpathways.infra.security.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.wmpathways.caseservice.participant.ParticipantRegistrationTest.CLOCK;
import static uk.wmpathways.caseservice.participant.ParticipantRegistrationTest.ID;
import static uk.wmpathways.caseservice.participant.ParticipantRegistrationTest.NOW;
import static uk.wmpathways.caseservice.participant.ParticipantRegistrationTest.TODAY;

/** When the law gives a right to erasure, decided by the participant; what erasing does is ErasureExecution's. */
class ParticipantErasureTest {

    private FixtureConfiguration<Participant> fixture;
    private int openEnrolments;
    private final List<String> completed = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Participant.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource((ParticipantSharing) (organisation, id) -> true);
        fixture.registerInjectableResource((ErasureChecks) participantId -> openEnrolments);
        fixture.registerInjectableResource(new ErasureExecution(null, null, null, CLOCK, null, null, null, null) {
            @Override
            void complete(String participantId) {
                completed.add(participantId);
            }
        });
        fixture.registerCommandDispatchInterceptor(TestCallers.unlessGiven(
                TestCallers.withRole("dpo", Role.DATA_PROTECTION, null)));
    }

    private static ParticipantRegistered registered() {
        return new ParticipantRegistered(ID, "Alexis", "Example", LocalDate.of(1980, 4, 23), null,
                LocalAuthority.WALSALL, null, null, "caseworker", NOW, null, "OUTREACH");
    }

    private static LawfulBasisRecorded basis(LawfulBasis basis) {
        return new LawfulBasisRecorded(ID, basis, null, "caseworker", NOW);
    }

    private static EraseParticipant erase(ErasureGround ground) {
        return new EraseParticipant(ID, ground, "dpo");
    }

    @Test
    void consentWithdrawnIsAGroundWhenConsentWasTheBasis() {
        fixture.given(registered(), basis(LawfulBasis.CONSENT),
                        new ConsentRecorded(ID, "c-1", ConsentScope.PROCESSING, null, "caseworker", NOW, TODAY),
                        new ConsentWithdrawn(ID, "c-1", "caseworker", NOW), new ProcessingRestricted(ID, "c-1", NOW))
                .when(erase(ErasureGround.CONSENT_WITHDRAWN))
                .expectEvents(new ParticipantErased(ID, ErasureGround.CONSENT_WITHDRAWN, "dpo", NOW));
    }

    @Test
    void consentWithdrawnIsNoGroundForARecordHeldForAPublicTask() {
        fixture.given(registered(), basis(LawfulBasis.PUBLIC_TASK))
                .when(erase(ErasureGround.CONSENT_WITHDRAWN))
                .expectNoEvents()
                .expectException(ErasureRefusedException.class)
                .expectExceptionMessage("The record is not held on the basis of consent but of public task: "
                        + "withdrawing consent gives no right to erasure. Restrict processing instead.");
    }

    @Test
    void aRecordHeldForAPublicTaskIsKeptForItsRetentionPeriodUnlessProcessedUnlawfully() {
        fixture.given(registered(), basis(LawfulBasis.PUBLIC_TASK))
                .when(erase(ErasureGround.NO_LONGER_NECESSARY))
                .expectNoEvents()
                .expectException(ErasureRefusedException.class);
        fixture.given(registered(), basis(LawfulBasis.PUBLIC_TASK))
                .when(erase(ErasureGround.UNLAWFULLY_PROCESSED))
                .expectEvents(new ParticipantErased(ID, ErasureGround.UNLAWFULLY_PROCESSED, "dpo", NOW));
    }

    @Test
    void theEndOfTheRetentionPeriodIsTheRetentionJobsToActOn() {
        fixture.given(registered(), basis(LawfulBasis.VITAL_INTERESTS))
                .when(erase(ErasureGround.RETENTION_PERIOD_ENDED))
                .expectNoEvents()
                .expectException(ErasureRefusedException.class);
    }

    @Test
    void aPersonWithAnOpenEnrolmentIsNotErased() {
        openEnrolments = 2;
        fixture.given(registered(), basis(LawfulBasis.LEGITIMATE_INTERESTS))
                .when(erase(ErasureGround.OBJECTION_UPHELD))
                .expectNoEvents()
                .expectException(ErasureRefusedException.class)
                .expectExceptionMessage("This person has 2 open enrolments; close them before erasing the record,"
                        + " or restrict processing instead");
    }

    @Test
    void aRecordWithoutARecordedBasisIsErasedOnAnyGroundButTheRetentionJobs() {
        fixture.given(registered())
                .when(erase(ErasureGround.NO_LONGER_NECESSARY))
                .expectEvents(new ParticipantErased(ID, ErasureGround.NO_LONGER_NECESSARY, "dpo", NOW));
    }

    @Test
    void erasingAgainCompletesTheFirstErasureAndSaysSo() {
        fixture.given(registered(), new ParticipantErased(ID, ErasureGround.NO_LONGER_NECESSARY, "dpo", NOW))
                .when(erase(ErasureGround.NO_LONGER_NECESSARY))
                .expectNoEvents()
                .expectException(ErasureRefusedException.class);
        assertThat(completed).containsExactly(ID);
    }

    @Test
    void nothingMoreIsRecordedAboutAnErasedPerson() {
        fixture.given(registered(), new ParticipantErased(ID, ErasureGround.NO_LONGER_NECESSARY, "dpo", NOW))
                .when(new ChangeContactDetails(ID, "07700 900123", null, "caseworker"),
                        java.util.Map.of())
                .expectNoEvents()
                .expectException(DataSubjectErasedException.class);
    }

    @Test
    void anErasureUndoneByARestoredBackupIsMadeAgainAsTheJournalRecordedIt() {
        Instant firstErased = NOW.minusSeconds(86_400);
        fixture.given(registered(), basis(LawfulBasis.PUBLIC_TASK))
                .when(new ReapplyErasure(ID, ErasureGround.UNLAWFULLY_PROCESSED, "dpo", firstErased),
                        Caller.system("erasure-journal").toMetaData())
                .expectEvents(new ParticipantErased(ID, ErasureGround.UNLAWFULLY_PROCESSED, "dpo", firstErased));
    }

    @Test
    void anErasureTheRestoredRecordAlreadyHoldsIsOnlyCompleted() {
        fixture.given(registered(), new ParticipantErased(ID, ErasureGround.NO_LONGER_NECESSARY, "dpo", NOW))
                .when(new ReapplyErasure(ID, ErasureGround.NO_LONGER_NECESSARY, "dpo", NOW),
                        Caller.system("erasure-journal").toMetaData())
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
        assertThat(completed).containsExactly(ID);
    }
}
