package uk.wmpathways.caseservice.gpreferral;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.wmpathways.caseservice.access.CommandAccess;
import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.gpreferral.DuplicateGpReferralException;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.GpReferralConsent;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.GpReferralFlag;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.GpReferrer;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.ReferredPatient;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.SenderIds;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralReceived;
import uk.wmpathways.caseservice.api.gpreferral.ReceiveGpReferral;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.personaldata.PersonalFields;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.infra.time.UkTime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A GP practice's referral recorded once: by a GP referrer of that practice only (decided by CommandAccess from the
 * caller's metadata, for every role), once per message of a practice, with every fact about the person personal.
 */
class ReceivingAGpReferralTest {

    static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");
    static final String ID = "r-1";
    static final Caller GP = gp("gp-y90001", "Y90001");

    private FixtureConfiguration<GpReferral> fixture;
    private InMemoryGpReferralClaims claims;

    static Caller gp(String username, String practice) {
        return Caller.person(username, Set.of(Role.GP_REFERRER), null, "test").withPractice(practice);
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(GpReferral.class);
        claims = new InMemoryGpReferralClaims();
        fixture.registerCommandHandlerInterceptor(new CommandAccess());
        fixture.registerAnnotatedCommandHandler(new GpReferralReceiptHandler(fixture.getRepository(), claims,
                Clock.fixed(NOW, UkTime.ZONE)));
    }

    static ReferredPatient patient() {
        return new ReferredPatient("9434765919", "number-present-and-verified", "Alexis", "Example",
                LocalDate.of(1980, 4, 23), "female", "07700 900123", null, List.of("1 High Street", "Walsall"),
                "WS1 1AA");
    }

    static ReceiveGpReferral referral(String id, String practice, String requestId, String receivedBy) {
        return new ReceiveGpReferral(id, practice, "The Example Practice",
                new GpReferrer("Dr Gail Practitioner", "555555555555", "GP"),
                new SenderIds(requestId, "bundle-1", "header-1", "sr-1"), patient(), LocalDate.of(2026, 11, 20),
                List.of("Wants help into work"), List.of(new GpReferralFlag("RA", "Reasonable adjustment", "Large print")),
                new GpReferralConsent("active", List.of("IPS referral"), LocalDate.of(2026, 11, 20), null),
                receivedBy, "WORK-WELL");
    }

    static ReceiveGpReferral valid() {
        return referral(ID, "Y90001", "request-1", "gp-y90001");
    }

    @Test
    void aGpOfThePracticeRecordsTheReferralAsReceived() {
        ReceiveGpReferral command = valid();
        fixture.givenNoPriorActivity()
                .when(command, GP.toMetaData())
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(ID)
                .expectEvents(new GpReferralReceived(ID, "Y90001", "The Example Practice", command.referrer(),
                        command.sender(), "9434765919", "number-present-and-verified", "Alexis", "Example",
                        LocalDate.of(1980, 4, 23), "female", "07700 900123", null, List.of("1 High Street", "Walsall"),
                        "WS1 1AA", LocalDate.of(2026, 11, 20), List.of("Wants help into work"), command.flags(),
                        command.consent(), "gp-y90001", NOW, "WORK-WELL"));
        assertThat(claims.claims).containsOnlyKeys("Y90001|request:request-1");
    }

    @Test
    void everyFactAboutThePersonIsPersonalDataAboutTheReferral() {
        PersonalFields.Schema schema = PersonalFields.schemaOf(GpReferralReceived.class).orElseThrow();

        assertThat(schema.subjectField()).isEqualTo("referralId");
        assertThat(schema.textByField()).containsOnlyKeys("nhsNumber", "givenName", "familyName", "dateOfBirth",
                "gender", "phone", "email", "addressLines", "postcode", "reason", "flags", "consent");
        assertThat(valid().toString()).doesNotContain("Example").doesNotContain("9434765919");
    }

    @Test
    void withoutARequestIdTheBundleIdIsTheMessage() {
        ReceiveGpReferral command = referral(ID, "Y90001", null, "gp-y90001");
        fixture.givenNoPriorActivity().when(command, GP.toMetaData()).expectSuccessfulHandlerExecution();
        assertThat(claims.claims).containsOnlyKeys("Y90001|bundle:bundle-1");
    }

    @Test
    void theSameMessageFromThePracticeAgainIsADuplicateAndRecordsNothing() {
        claims.claim("Y90001", "request:request-1", "r-0", NOW.minusSeconds(30));

        fixture.givenNoPriorActivity()
                .when(valid(), GP.toMetaData())
                .expectException(DuplicateGpReferralException.class)
                .expectNoEvents();
        assertThat(claims.claims.get("Y90001|request:request-1").referralId()).isEqualTo("r-0");
    }

    @Test
    void theSameRequestIdFromAnotherPracticeIsAnotherMessage() {
        claims.claim("Y90002", "request:request-1", "r-0", NOW.minusSeconds(30));

        fixture.givenNoPriorActivity().when(valid(), GP.toMetaData()).expectSuccessfulHandlerExecution();
    }

    @Test
    void aClaimLeftLongAgoByASendThatWasNeverRecordedIsTakenOver() {
        claims.claim("Y90001", "request:request-1", "r-lost", NOW.minus(Duration.ofHours(1)));

        fixture.givenNoPriorActivity().when(valid(), GP.toMetaData()).expectSuccessfulHandlerExecution();
        assertThat(claims.claims.get("Y90001|request:request-1").referralId()).isEqualTo(ID);
    }

    @Test
    void aReferralWithoutFamilyNameOrDateOfBirthIsRefused() {
        ReceiveGpReferral command = new ReceiveGpReferral(ID, "Y90001", null, null, new SenderIds("q", null, null,
                null), new ReferredPatient(null, null, "Alexis", " ", null, null, null, null, List.of(), null),
                null, List.of(), List.of(), null, "gp-y90001", "WORK-WELL");
        fixture.givenNoPriorActivity()
                .when(command, GP.toMetaData())
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
        assertThat(claims.claims).isEmpty();
    }

    @Test
    void aReferralToNoOrganisationIsRefused() {
        ReceiveGpReferral valid = valid();
        ReceiveGpReferral toNobody = new ReceiveGpReferral(ID, "Y90001", null, null, valid.sender(), patient(),
                null, List.of(), List.of(), null, "gp-y90001", " ");
        fixture.givenNoPriorActivity()
                .when(toNobody, GP.toMetaData())
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("receivingOrganisation: Name the organisation the referral goes to")
                .expectNoEvents();
    }

    @Test
    void aGpOfAnotherPracticeIsRefused() {
        fixture.givenNoPriorActivity()
                .when(valid(), gp("gp-y90002", "Y90002").toMetaData())
                .expectException(AccessRefusedException.class)
                .expectExceptionMessage("You may refer only from your own practice")
                .expectNoEvents();
        assertThat(claims.claims).isEmpty();
    }

    @Test
    void aGpOfNoPracticeIsRefused() {
        fixture.givenNoPriorActivity()
                .when(referral(ID, "Y90001", "q", "gp"), gp("gp", null).toMetaData())
                .expectException(AccessRefusedException.class)
                .expectExceptionMessage("Your account is not linked to a GP practice")
                .expectNoEvents();
    }

    @Test
    void aGpRefersOnlyInTheirOwnName() {
        fixture.givenNoPriorActivity()
                .when(referral(ID, "Y90001", "q", "gp-y90002"), GP.toMetaData())
                .expectException(AccessRefusedException.class)
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "GP_REFERRER", mode = EnumSource.Mode.EXCLUDE)
    void noOtherRoleSendsAGpReferralEvenWithThePracticeInItsMetadata(Role role) {
        for (String organisation : new String[] {"DEMO-SUPPORT", "STREET-OUTREACH", null}) {
            Caller other = Caller.person("someone", Set.of(role), organisation, "test").withPractice("Y90001");
            fixture.givenNoPriorActivity()
                    .when(referral(ID, "Y90001", "q", "someone"), other.toMetaData())
                    .expectException(AccessRefusedException.class)
                    .expectExceptionMessage("Only a GP referrer sends a GP referral")
                    .expectNoEvents();
        }
    }

    @Test
    void nobodySignedInIsRefused() {
        fixture.givenNoPriorActivity()
                .when(valid())
                .expectException(AccessRefusedException.class)
                .expectNoEvents();
    }
}
