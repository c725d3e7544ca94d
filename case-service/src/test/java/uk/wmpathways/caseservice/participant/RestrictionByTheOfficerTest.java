package uk.wmpathways.caseservice.participant;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.TestCallers;
import uk.wmpathways.caseservice.api.ChangeContactDetails;
import uk.wmpathways.caseservice.api.ErasureGround;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.ParticipantContactDetailsChanged;
import uk.wmpathways.caseservice.api.ParticipantErased;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.caseservice.api.consent.AlreadyRestrictedException;
import uk.wmpathways.caseservice.api.consent.ConsentRecorded;
import uk.wmpathways.caseservice.api.consent.ConsentScope;
import uk.wmpathways.caseservice.api.consent.ConsentWithdrawn;
import uk.wmpathways.caseservice.api.consent.LawfulBasis;
import uk.wmpathways.caseservice.api.consent.LawfulBasisRecorded;
import uk.wmpathways.caseservice.api.consent.LiftProcessingRestriction;
import uk.wmpathways.caseservice.api.consent.NotRestrictedException;
import uk.wmpathways.caseservice.api.consent.ProcessingRestricted;
import uk.wmpathways.caseservice.api.consent.ProcessingRestrictedException;
import uk.wmpathways.caseservice.api.consent.ProcessingRestrictionLifted;
import uk.wmpathways.caseservice.api.consent.RecordConsent;
import uk.wmpathways.caseservice.api.consent.RecordLawfulBasis;
import uk.wmpathways.caseservice.api.consent.RestrictProcessing;
import uk.wmpathways.caseservice.api.consent.RestrictionGround;
import uk.wmpathways.infra.axon.AxonStorageAutoConfiguration;
import uk.wmpathways.infra.personaldata.DataSubjectErasedException;
import uk.wmpathways.infra.security.Role;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static uk.wmpathways.caseservice.participant.ParticipantRegistrationTest.CLOCK;
import static uk.wmpathways.caseservice.participant.ParticipantRegistrationTest.ID;
import static uk.wmpathways.caseservice.participant.ParticipantRegistrationTest.NOW;
import static uk.wmpathways.caseservice.participant.ParticipantRegistrationTest.TODAY;

/** The data protection officer restricts processing of a record and lifts it (UK GDPR Article 18). */
class RestrictionByTheOfficerTest {

    private static final String CONSENT_ID = "c-1";

    private FixtureConfiguration<Participant> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Participant.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource((ParticipantSharing) (organisation, id) -> false);
        fixture.registerCommandDispatchInterceptor(TestCallers.unlessGiven(
                TestCallers.withRole("dpo", Role.DATA_PROTECTION, null)));
    }

    private static ParticipantRegistered registered() {
        return new ParticipantRegistered(ID, "Alexis", "Example", LocalDate.of(1980, 4, 23), null,
                LocalAuthority.WALSALL, null, null, "caseworker", NOW, null, "OUTREACH");
    }

    private static Object[] heldForAPublicTask() {
        return new Object[] {registered(), new LawfulBasisRecorded(ID, LawfulBasis.PUBLIC_TASK, null, "caseworker", NOW)};
    }

    /** Held under consent, withdrawn: the record restricted itself. */
    private static Object[] consentWithdrawn() {
        return new Object[] {registered(), new LawfulBasisRecorded(ID, LawfulBasis.CONSENT, null, "caseworker", NOW),
                new ConsentRecorded(ID, CONSENT_ID, ConsentScope.PROCESSING, null, "caseworker", NOW, TODAY),
                new ConsentWithdrawn(ID, CONSENT_ID, "caseworker", NOW), new ProcessingRestricted(ID, CONSENT_ID, NOW)};
    }

    private static ProcessingRestricted byTheOfficer(RestrictionGround ground) {
        return new ProcessingRestricted(ID, null, NOW, ground, "dpo", null);
    }

    private static Object[] with(Object[] history, Object... more) {
        Object[] all = Arrays.copyOf(history, history.length + more.length);
        System.arraycopy(more, 0, all, history.length, more.length);
        return all;
    }

    /** A caseworker of the organisation that registered the person. */
    private static Map<String, ?> caseworker() {
        return TestCallers.caseworker("caseworker", "OUTREACH").toMetaData();
    }

    @Test
    void theOfficerRestrictsARecordHeldForAPublicTaskWithTheGroundAndTheirNote() {
        fixture.given(heldForAPublicTask())
                .when(new RestrictProcessing(ID, RestrictionGround.ACCURACY_CONTESTED, "Asked by letter", "dpo"))
                .expectEvents(new ProcessingRestricted(ID, null, NOW, RestrictionGround.ACCURACY_CONTESTED, "dpo",
                        "Asked by letter"));
    }

    @Test
    void aBlankNoteIsNoNote() {
        fixture.given(heldForAPublicTask())
                .when(new RestrictProcessing(ID, RestrictionGround.OBJECTION_PENDING, "  ", "dpo"))
                .expectEvents(byTheOfficer(RestrictionGround.OBJECTION_PENDING));
    }

    @Test
    void restrictingAgainOnTheSameGroundRecordsNothing() {
        fixture.given(with(heldForAPublicTask(), byTheOfficer(RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS)))
                .when(new RestrictProcessing(ID, RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS, null, "dpo"))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void restrictingOnAnotherGroundWhileRestrictedIsRefusedNamingTheStandingGround() {
        fixture.given(with(heldForAPublicTask(), byTheOfficer(RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS)))
                .when(new RestrictProcessing(ID, RestrictionGround.ACCURACY_CONTESTED, null, "dpo"))
                .expectException(AlreadyRestrictedException.class)
                .expectExceptionMessage(containsString(
                        RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS.label()))
                .expectNoEvents();
    }

    @Test
    void noGroundTheWithdrawalGroundOrAnOverlongNoteIsRefusedOnTheField() {
        fixture.given(heldForAPublicTask())
                .when(new RestrictProcessing(ID, null, null, "dpo"))
                .expectException(InvalidCommandException.class).expectNoEvents();
        fixture.given(heldForAPublicTask())
                .when(new RestrictProcessing(ID, RestrictionGround.CONSENT_WITHDRAWN, null, "dpo"))
                .expectException(InvalidCommandException.class).expectNoEvents();
        fixture.given(heldForAPublicTask())
                .when(new RestrictProcessing(ID, RestrictionGround.ACCURACY_CONTESTED,
                        "x".repeat(RestrictProcessing.MAX_NOTE_LENGTH + 1), "dpo"))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(not(containsString("xxx")))
                .expectNoEvents();
    }

    @Test
    void theOfficersRestrictionRefusesACaseworkersStepsSayingWhoLiftsIt() {
        Object[] restricted = with(heldForAPublicTask(), byTheOfficer(RestrictionGround.ACCURACY_CONTESTED));
        fixture.given(restricted)
                .when(new ChangeContactDetails(ID, "0121 496 0000", null, "caseworker"),
                        caseworker())
                .expectException(ProcessingRestrictedException.class)
                .expectExceptionMessage(containsString("data protection officer"))
                .expectNoEvents();
        fixture.given(restricted)
                .when(new RecordConsent(ID, "c-2", ConsentScope.SHARE_WITH_ORGANISATION, "HOUSING-FIRST", TODAY,
                        "caseworker"), caseworker())
                .expectException(ProcessingRestrictedException.class).expectNoEvents();
    }

    @Test
    void consentGivenAgainDoesNotLiftTheOfficersRestriction() {
        fixture.given(with(consentWithdrawn(), byTheOfficer(RestrictionGround.OBJECTION_PENDING)))
                .when(new RecordConsent(ID, "c-2", ConsentScope.PROCESSING, null, TODAY, "caseworker"),
                        caseworker())
                .expectEvents(new ConsentRecorded(ID, "c-2", ConsentScope.PROCESSING, null, "caseworker", NOW, TODAY))
                .expectState(participant -> assertThat(participant.officersRestriction())
                        .isEqualTo(RestrictionGround.OBJECTION_PENDING));
    }

    @Test
    void anotherBasisDoesNotLiftTheOfficersRestriction() {
        fixture.given(with(consentWithdrawn(), byTheOfficer(RestrictionGround.OBJECTION_PENDING)))
                .when(new RecordLawfulBasis(ID, LawfulBasis.PUBLIC_TASK, null, null, "caseworker"),
                        caseworker())
                .expectEvents(new LawfulBasisRecorded(ID, LawfulBasis.PUBLIC_TASK, null, "caseworker", NOW));
    }

    @Test
    void theOfficerRestrictsARecordRestrictedByWithdrawnConsent() {
        fixture.given(consentWithdrawn())
                .when(new RestrictProcessing(ID, RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS, null, "dpo"))
                .expectEvents(byTheOfficer(RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS));
    }

    @Test
    void liftingARecordThatIsNotRestrictedIsRefused() {
        fixture.given(heldForAPublicTask())
                .when(new LiftProcessingRestriction(ID, "dpo"))
                .expectException(NotRestrictedException.class).expectNoEvents();
    }

    @Test
    void theOfficersLiftingLiftsEveryRestrictionAndStepsGoOnAgain() {
        Object[] bothRestrictions = with(consentWithdrawn(), byTheOfficer(RestrictionGround.ACCURACY_CONTESTED));
        fixture.given(bothRestrictions)
                .when(new LiftProcessingRestriction(ID, "dpo"))
                .expectEvents(new ProcessingRestrictionLifted(ID, "dpo", NOW))
                .expectState(participant -> {
                    assertThat(participant.officersRestriction()).isNull();
                    assertThat(participant.restrictedByWithdrawnConsent()).isFalse();
                });
        fixture.given(with(bothRestrictions, new ProcessingRestrictionLifted(ID, "dpo", NOW)))
                .when(new ChangeContactDetails(ID, "0121 496 0000", null, "caseworker"),
                        caseworker())
                .expectEvents(new ParticipantContactDetailsChanged(ID, "0121 496 0000", null, "caseworker", NOW));
    }

    @Test
    void theOfficerMayLiftTheRestrictionOfWithdrawnConsent() {
        fixture.given(consentWithdrawn())
                .when(new LiftProcessingRestriction(ID, "dpo"))
                .expectEvents(new ProcessingRestrictionLifted(ID, "dpo", NOW));
    }

    @Test
    void anErasedRecordIsNeitherRestrictedNorLifted() {
        Object[] erased = with(heldForAPublicTask(), byTheOfficer(RestrictionGround.ACCURACY_CONTESTED),
                new ParticipantErased(ID, ErasureGround.RETENTION_PERIOD_ENDED, "system", NOW));
        fixture.given(erased)
                .when(new LiftProcessingRestriction(ID, "dpo"))
                .expectException(DataSubjectErasedException.class).expectNoEvents();
        fixture.given(with(heldForAPublicTask(),
                        new ParticipantErased(ID, ErasureGround.UNLAWFULLY_PROCESSED, "dpo", NOW)))
                .when(new RestrictProcessing(ID, RestrictionGround.ACCURACY_CONTESTED, null, "dpo"))
                .expectException(DataSubjectErasedException.class).expectNoEvents();
    }

    /** Snapshots are the aggregate's fields as JSON: one taken before the officer could restrict has no such field. */
    @Test
    void aSnapshotTakenBeforeTheOfficersRestrictionLoadsWithNoneAndKeepsWithdrawnConsents() {
        ObjectMapper snapshots = AxonStorageAutoConfiguration.messageObjectMapper()
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY);
        fixture.given(with(consentWithdrawn(), byTheOfficer(RestrictionGround.ACCURACY_CONTESTED)))
                .when(new RestrictProcessing(ID, RestrictionGround.ACCURACY_CONTESTED, null, "dpo"))
                .expectState(participant -> {
                    try {
                        ObjectNode snapshot = snapshots.valueToTree(participant);
                        Participant now = snapshots.treeToValue(snapshot, Participant.class);
                        assertThat(now.officersRestriction()).isEqualTo(RestrictionGround.ACCURACY_CONTESTED);

                        snapshot.remove("officersRestriction");
                        Participant before = snapshots.treeToValue(snapshot, Participant.class);
                        assertThat(before.officersRestriction()).isNull();
                        assertThat(before.restrictedByWithdrawnConsent()).isTrue();
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                });
    }
}
