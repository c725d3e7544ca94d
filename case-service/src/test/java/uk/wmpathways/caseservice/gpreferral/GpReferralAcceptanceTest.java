package uk.wmpathways.caseservice.gpreferral;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.TestCallers;
import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.RegisterParticipant;
import uk.wmpathways.caseservice.api.consent.LawfulBasis;
import uk.wmpathways.caseservice.api.consent.SpecialCategoryCondition;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.ReferToThriveIntoWork;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkReferralSource;
import uk.wmpathways.caseservice.api.gpreferral.AcceptGpReferral;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralAcceptance;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralAccepted;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralAlreadyDecidedException;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralOpened;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.GpReferralConsent;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralReceived;
import uk.wmpathways.caseservice.api.gpreferral.StaleGpReferralVersionException;
import uk.wmpathways.caseservice.enrolment.Participants;
import uk.wmpathways.caseservice.participant.ParticipantSharing;
import uk.wmpathways.caseservice.participant.RegisteredNhsNumbers;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.time.UkTime;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * What accepting sends, in order, and that a retry after a failure part-way finishes without registering the person
 * twice: register (or link), start Thrive into Work (source GP, the practice, the referral's date, the receiving
 * organisation), accept. The commands' own rules and access are tested where they are decided.
 */
class GpReferralAcceptanceTest {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    static final String ID = "r-1";
    static final Caller CASEWORKER = TestCallers.caseworker("ips", "WORK-WELL");
    static final GpReferralAcceptance.Acceptance NEW_PERSON = new GpReferralAcceptance.Acceptance(0, null,
            LocalAuthority.WALSALL, FundingStream.THRIVE_INTO_WORK_EXPANSION, null, null, null, null);

    private final List<Object> sent = new ArrayList<>();
    private final Set<String> registered = new HashSet<>();
    private final java.util.Map<String, String> nhsNumbers = new java.util.HashMap<>();
    private GpReferralDetails details;
    private RuntimeException startFails;
    private GpReferralAcceptance acceptance;

    @BeforeEach
    void setUp() {
        CommandGateway commands = mock(CommandGateway.class);
        when(commands.sendAndWait(any())).thenAnswer(call -> {
            Object command = call.getArgument(0);
            if (command instanceof ReferToThriveIntoWork && startFails != null) {
                RuntimeException failure = startFails;
                startFails = null;
                throw failure;
            }
            sent.add(command);
            if (command instanceof RegisterParticipant register) {
                registered.add(register.participantId());
            }
            return null;
        });
        QueryGateway queries = mock(QueryGateway.class);
        when(queries.query(any(), any(org.axonframework.messaging.responsetypes.ResponseType.class)))
                .thenAnswer(call -> CompletableFuture.completedFuture(Optional.ofNullable(details)));
        Participants participants = id -> registered.contains(id);
        ParticipantSharing sharing = (organisation, id) -> "WORK-WELL".equals(organisation);
        RegisteredNhsNumbers numbers = mock(RegisteredNhsNumbers.class);
        when(numbers.participantWith(any())).thenAnswer(call -> Optional.ofNullable(
                nhsNumbers.get((String) call.getArgument(0))).filter(registered::contains));
        acceptance = new CommandBusGpReferralAcceptance(commands, queries, numbers, participants, sharing,
                Clock.fixed(NOW, UkTime.ZONE));
        details = GpReferralDetails.of(received("number-present-and-verified", consent()), 0);
    }

    static GpReferralConsent consent() {
        return new GpReferralConsent("active", List.of("IPS referral"), LocalDate.of(2026, 11, 18), null);
    }

    static GpReferralReceived received(String verification, GpReferralConsent consent) {
        return new GpReferralReceived(ID, "Y90001", "The Example Practice", null, null, "9434765919", verification,
                "Alexis", "Example", LocalDate.of(1980, 4, 23), "female", "07700 900123", null, List.of(),
                "WS1 1AA", LocalDate.of(2026, 11, 20), List.of(), List.of(), consent, "gp-y90001",
                NOW.minusSeconds(3600), "WORK-WELL");
    }

    @Test
    void aPersonNotKnownIsRegisteredFromTheReferralThenEnrolledThenAccepted() {
        GpReferralAcceptance.Accepted accepted = acceptance.accept(ID, NEW_PERSON, CASEWORKER);

        String participantId = GpReferralAcceptance.participantIdFor(ID);
        String enrolmentId = GpReferralAcceptance.enrolmentIdFor(ID);
        assertThat(accepted.registered()).isTrue();
        assertThat(sent).extracting(Object::getClass).containsExactly(RegisterParticipant.class,
                ReferToThriveIntoWork.class, AcceptGpReferral.class);
        RegisterParticipant register = (RegisterParticipant) sent.get(0);
        assertThat(register).isEqualTo(new RegisterParticipant(participantId, "Alexis", "Example",
                LocalDate.of(1980, 4, 23), "9434765919", LocalAuthority.WALSALL, "07700 900123", null, "ips", null,
                LawfulBasis.CONSENT, SpecialCategoryCondition.EXPLICIT_CONSENT, LocalDate.of(2026, 11, 18)));
        assertThat(sent.get(1)).isEqualTo(new ReferToThriveIntoWork(enrolmentId, participantId, "WORK-WELL",
                LocalAuthority.WALSALL, FundingStream.THRIVE_INTO_WORK_EXPANSION, null,
                ThriveIntoWorkReferralSource.GP, "Y90001", LocalDate.of(2026, 11, 20), "gp-referral:" + ID, "ips"));
        assertThat(sent.get(2)).isEqualTo(new AcceptGpReferral(ID, 0, participantId, enrolmentId, "ips"));
    }

    @Test
    void withoutAConsentTheBasisIsPublicTaskAndHealthTheCondition() {
        details = GpReferralDetails.of(received("number-present-and-verified", null), 0);
        acceptance.accept(ID, NEW_PERSON, CASEWORKER);

        RegisterParticipant register = (RegisterParticipant) sent.get(0);
        assertThat(register.lawfulBasis()).isEqualTo(LawfulBasis.PUBLIC_TASK);
        assertThat(register.specialCategoryCondition()).isEqualTo(SpecialCategoryCondition.HEALTH_OR_SOCIAL_CARE);
        assertThat(register.consentGivenOn()).isNull();
    }

    @Test
    void aRetryAfterTheEnrolmentFailedRegistersNobodyTwice() {
        startFails = new IllegalStateException("the enrolment could not be stored");
        assertThatThrownBy(() -> acceptance.accept(ID, NEW_PERSON, CASEWORKER))
                .isInstanceOf(IllegalStateException.class);
        assertThat(sent).extracting(Object::getClass).containsExactly(RegisterParticipant.class);

        acceptance.accept(ID, NEW_PERSON, CASEWORKER);
        assertThat(sent).extracting(Object::getClass).containsExactly(RegisterParticipant.class,
                ReferToThriveIntoWork.class, AcceptGpReferral.class);
    }

    @Test
    void theSameVerifiedNhsNumberIsLinkedAndSaidSo() {
        registered.add("p-known");
        nhsNumbers.put("9434765919", "p-known");

        GpReferralAcceptance.Accepted accepted = acceptance.accept(ID, NEW_PERSON, CASEWORKER);
        assertThat(accepted.linkedBySameVerifiedNhsNumber()).isTrue();
        assertThat(accepted.participantId()).isEqualTo("p-known");
        assertThat(accepted.message()).contains("same verified NHS number");
        assertThat(sent).extracting(Object::getClass).containsExactly(ReferToThriveIntoWork.class,
                AcceptGpReferral.class);
        GpReferralAcceptance.Acceptance another = new GpReferralAcceptance.Acceptance(0, "p-other",
                LocalAuthority.WALSALL, FundingStream.THRIVE_INTO_WORK_EXPANSION, null, null, null, null);
        assertThatThrownBy(() -> acceptance.accept(ID, another, CASEWORKER))
                .isInstanceOfSatisfying(InvalidCommandException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field).containsExactly("participantId"));
    }

    @Test
    void aNumberNotVerifiedIsNotTheSamePersonByItself() {
        registered.add("p-known");
        nhsNumbers.put("9434765919", "p-known");
        details = GpReferralDetails.of(received("number-present-but-not-traced", null), 0);

        GpReferralAcceptance.Accepted accepted = acceptance.accept(ID, NEW_PERSON, CASEWORKER);
        assertThat(accepted.linkedBySameVerifiedNhsNumber()).isFalse();
        assertThat(sent.get(0)).isInstanceOf(RegisterParticipant.class); // refused there as already registered
    }

    @Test
    void aStaleVersionADecidedReferralAndBadInputSendNothing() {
        details = GpReferralDetails.of(received("number-present-and-verified", null), 0)
                .then(new GpReferralOpened(ID, "ips", NOW), 1);
        assertThatThrownBy(() -> acceptance.accept(ID, NEW_PERSON, CASEWORKER))
                .isInstanceOfSatisfying(StaleGpReferralVersionException.class,
                        stale -> assertThat(stale.currentVersion()).isEqualTo(1));
        GpReferralAcceptance.Acceptance noArea = new GpReferralAcceptance.Acceptance(1, null, null, null, null,
                null, null, null);
        assertThatThrownBy(() -> acceptance.accept(ID, noArea, CASEWORKER))
                .isInstanceOf(InvalidCommandException.class);
        details = details.then(new GpReferralAccepted(ID, "p-elsewhere", "e-elsewhere", "ips", NOW), 2);
        assertThatThrownBy(() -> acceptance.accept(ID, NEW_PERSON, CASEWORKER))
                .isInstanceOf(GpReferralAlreadyDecidedException.class);
        assertThat(sent).isEmpty();
    }

    @Test
    void anAcceptanceAskedAgainAnswersTheFirst() {
        details = details.then(new GpReferralAccepted(ID, "p-1", GpReferralAcceptance.enrolmentIdFor(ID), "ips",
                NOW), 1);

        assertThat(acceptance.accept(ID, NEW_PERSON, CASEWORKER).participantId()).isEqualTo("p-1");
        assertThat(sent).isEmpty();
    }
}
