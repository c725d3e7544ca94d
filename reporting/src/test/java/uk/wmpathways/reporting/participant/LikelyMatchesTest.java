package uk.wmpathways.reporting.participant;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.caseservice.api.identity.IdentityDecided;
import uk.wmpathways.caseservice.api.identity.IdentityDecision;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.FindLikelyMatches;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.FindLikelyMatchesOfEach;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.LikelyMatch;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.LikelyMatches;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.LikelyMatchesOfEach;
import uk.wmpathways.caseservice.api.identity.PersonPair;
import uk.wmpathways.infra.access.AccessAction;
import uk.wmpathways.infra.access.AccessLog;
import uk.wmpathways.infra.access.AccessPurpose;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.reporting.casework.ParticipantOrganisations;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The duplicate check per role and organisation: the organisation holding a record sees who it is and why it
 * matched; another sees only that the person is known and whom to contact; other roles are refused. A pair
 * decided "not the same person", or already linked, is not offered again.
 */
@SpringBootTest
class LikelyMatchesTest {

    private static final Instant AT = Instant.parse("2026-11-01T09:00:00Z");

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queries;
    @Autowired
    ParticipantOrganisations organisations;
    @Autowired
    AccessLog accessLog;

    private final Random random = new Random();
    /** Letters only (names are compared without digits), so that this run's people match nobody else's. */
    private final String family = "Okonkwo" + letters(6);
    private final LocalDate born = LocalDate.of(1901 + random.nextInt(30), 1 + random.nextInt(12),
            1 + random.nextInt(28));
    private final String holder = "HOLDER-" + UUID.randomUUID().toString().substring(0, 6);
    private final Caller holding = Caller.person("caseworker", Set.of(Role.CASEWORKER), holder, "test");
    private final Caller other = Caller.person("outreach", Set.of(Role.CASEWORKER), "OTHER-" + holder, "test");
    private ParticipantRegistered known;

    private String letters(int count) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < count; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    @BeforeEach
    void setUp() {
        known = register("William", family, born, null);
    }

    private ParticipantRegistered register(String given, String familyName, LocalDate dateOfBirth, String nhs) {
        ParticipantRegistered event = new ParticipantRegistered("p-" + UUID.randomUUID(), given, familyName,
                dateOfBirth, nhs, LocalAuthority.DUDLEY, null, null, "caseworker", AT, null, holder);
        eventStore.publish(new GenericDomainEventMessage<>("Participant", event.participantId(), 0, event));
        await().atMost(Duration.ofSeconds(10)).until(() -> organisations.of(event.participantId()).contains(holder)
                && !ask(Caller.system("test"), new FindLikelyMatches(given, familyName, dateOfBirth, null, null, null,
                null)).candidates().isEmpty());
        return event;
    }

    private LikelyMatches ask(Caller caller, FindLikelyMatches query) {
        return queries.query(new GenericQueryMessage<>(query, ResponseTypes.instanceOf(LikelyMatches.class))
                .andMetaData(caller.toMetaData()), ResponseTypes.instanceOf(LikelyMatches.class)).join();
    }

    private FindLikelyMatches billWithTheDayAndMonthTransposed(String excluding) {
        LocalDate transposed = born.getDayOfMonth() <= 12
                ? LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue()) : born;
        return new FindLikelyMatches("Bill", family.toUpperCase(), transposed, null, "male", null, excluding);
    }

    private void decide(String one, String another, IdentityDecision decision, long sequence) {
        PersonPair pair = PersonPair.of(one, another);
        eventStore.publish(new GenericDomainEventMessage<>("PersonMatch", pair.id(), sequence,
                new IdentityDecided(pair.id(), pair.first(), pair.second(), decision, "caseworker", AT)));
    }

    @Test
    void theOrganisationHoldingTheRecordSeesWhoItIsAndWhyItMatched() {
        LikelyMatches matches = ask(holding, billWithTheDayAndMonthTransposed(null));

        assertThat(matches.candidates()).singleElement().satisfies(match -> {
            assertThat(match.participantId()).isEqualTo(known.participantId());
            assertThat(match.heldByCaller()).isTrue();
            assertThat(match.displayName()).isEqualTo("William " + family);
            assertThat(match.dateOfBirth()).isEqualTo(born);
            assertThat(match.reasons()).contains("given name a short form of the other", "same family name");
            assertThat(match.organisationsToContact()).containsExactly(holder);
        });
        assertThat(accessLog.aboutParticipant(known.participantId(), 20)).anySatisfy(entry -> {
            assertThat(entry.username()).isEqualTo("caseworker");
            assertThat(entry.action()).isEqualTo(AccessAction.CHECK_KNOWN);
            assertThat(entry.purpose()).isEqualTo(AccessPurpose.DUPLICATE_CHECK);
        });
    }

    @Test
    void anotherOrganisationLearnsOnlyThatThePersonIsKnownAndWhomToContact() {
        LikelyMatch match = ask(other, billWithTheDayAndMonthTransposed(null)).candidates().get(0);

        assertThat(match.heldByCaller()).isFalse();
        assertThat(match.displayName()).isNull();
        assertThat(match.dateOfBirth()).isNull();
        assertThat(match.reasons()).isEmpty();
        assertThat(match.organisationsToContact()).containsExactly(holder);
        assertThat(accessLog.aboutParticipant(known.participantId(), 20))
                .anySatisfy(entry -> assertThat(entry.username()).isEqualTo("outreach"));
    }

    @Test
    void theSameNhsNumberIsTheSamePersonWhateverTheNames() {
        String nhsNumber = validNhsNumber();
        ParticipantRegistered numbered = register("Ada", "Numbered" + letters(5), born.plusYears(1), nhsNumber);

        LikelyMatch match = ask(holding, new FindLikelyMatches("Someone", "Else", null, nhsNumber, null, null, null))
                .candidates().get(0);

        assertThat(match.participantId()).isEqualTo(numbered.participantId());
        assertThat(match.sameVerifiedNhsNumber()).isTrue();
        assertThat(match.reasons()).containsExactly("same verified NHS number");
    }

    private String validNhsNumber() {
        while (true) {
            StringBuilder digits = new StringBuilder();
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                int digit = random.nextInt(10);
                digits.append(digit);
                sum += digit * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check != 10) {
                return digits.append(check == 11 ? 0 : check).toString();
            }
        }
    }

    @Test
    void aCommonNameWithAnotherDateOfBirthIsNotOffered() {
        assertThat(ask(holding, new FindLikelyMatches("William", family, born.plusYears(7).plusMonths(3), null, null,
                null, null)).candidates()).isEmpty();
    }

    @Test
    void notTheSamePersonIsNotOfferedAgainAndALinkedRecordIsNotOfferedEither() {
        ParticipantRegistered second = register("Bill", family, born, null);
        assertThat(ask(holding, new FindLikelyMatches("Bill", family, born, null, null, null,
                second.participantId())).candidates()).extracting(LikelyMatch::participantId)
                .containsExactly(known.participantId());

        decide(known.participantId(), second.participantId(), IdentityDecision.NOT_SAME_PERSON, 0);
        await().atMost(Duration.ofSeconds(10)).until(() -> ask(holding, new FindLikelyMatches("Bill", family, born,
                null, null, null, second.participantId())).candidates().isEmpty());

        decide(known.participantId(), second.participantId(), IdentityDecision.LINK, 1);
        ParticipantRegistered third = register("Will", family, born, null);
        await().atMost(Duration.ofSeconds(10)).until(() -> ask(holding, new FindLikelyMatches("Bill", family, born,
                null, null, null, second.participantId())).candidates().stream()
                .map(LikelyMatch::participantId).toList().equals(List.of(third.participantId())));
    }

    @Test
    void otherRolesAreRefused() {
        for (Role role : List.of(Role.PROGRAMME_MANAGER, Role.ADMIN, Role.DATA_PROTECTION, Role.GP_REFERRER)) {
            Caller caller = Caller.person("someone", Set.of(role), holder, "test");
            assertThatThrownBy(() -> ask(caller, billWithTheDayAndMonthTransposed(null)))
                    .as(role.name()).hasRootCauseInstanceOf(AccessRefusedException.class);
        }
    }

    private LikelyMatchesOfEach askForEach(Caller caller, Map<String, FindLikelyMatches> people) {
        FindLikelyMatchesOfEach query = new FindLikelyMatchesOfEach(people);
        return queries.query(new GenericQueryMessage<>(query, ResponseTypes.instanceOf(LikelyMatchesOfEach.class))
                .andMetaData(caller.toMetaData()), ResponseTypes.instanceOf(LikelyMatchesOfEach.class)).join();
    }

    private Map<String, FindLikelyMatches> aPageOfThree() {
        String nhsNumber = validNhsNumber();
        register("Ada", "Numbered" + letters(5), born.plusYears(1), nhsNumber);
        return Map.of("bill", billWithTheDayAndMonthTransposed(null),
                "numbered", new FindLikelyMatches("Someone", "Else", null, nhsNumber, null, null, null),
                "nobody", new FindLikelyMatches("William", family, born.plusYears(7).plusMonths(3), null, null, null,
                        null));
    }

    @Test
    void aPersonWhoseGivenAndFamilyNamesAreTheSameIsCheckedAndDoesNotSpoilThePage() {
        FindLikelyMatches sameNames = new FindLikelyMatches(family, family, null, null, null, null, null);
        FindLikelyMatches erased = new FindLikelyMatches("[erased]", "[erased]", null, null, null, null, null);

        assertThat(ask(holding, sameNames).candidates()).isEmpty();
        LikelyMatchesOfEach answers = askForEach(holding, Map.of("bill", billWithTheDayAndMonthTransposed(null),
                "erased", erased));
        assertThat(answers.byKey().get("bill").candidates()).singleElement()
                .satisfies(match -> assertThat(match.participantId()).isEqualTo(known.participantId()));
        assertThat(answers.byKey().get("erased").candidates()).isEmpty();
    }

    @Test
    void aPageOfPeopleIsAnsweredAsEachPersonAskedAloneForTheOrganisationHoldingTheRecords() {
        Map<String, FindLikelyMatches> page = aPageOfThree();

        LikelyMatchesOfEach answers = askForEach(holding, page);

        assertThat(answers.byKey()).containsOnlyKeys("bill", "numbered", "nobody");
        page.forEach((key, alone) -> assertThat(answers.byKey().get(key)).as(key).isEqualTo(ask(holding, alone)));
        assertThat(answers.byKey().get("bill").candidates()).singleElement().satisfies(match -> {
            assertThat(match.participantId()).isEqualTo(known.participantId());
            assertThat(match.displayName()).isEqualTo("William " + family);
        });
        assertThat(answers.byKey().get("numbered").candidates()).singleElement()
                .satisfies(match -> assertThat(match.sameVerifiedNhsNumber()).isTrue());
        assertThat(answers.byKey().get("nobody").candidates()).isEmpty();
        assertThat(askForEach(holding, Map.of()).byKey()).isEmpty();
    }

    @Test
    void aPageOfPeopleTellsAnotherOrganisationOnlyWhomToContactAndIsRefusedToOtherRoles() {
        Map<String, FindLikelyMatches> page = aPageOfThree();

        LikelyMatch bill = askForEach(other, page).byKey().get("bill").candidates().get(0);

        assertThat(bill.heldByCaller()).isFalse();
        assertThat(bill.displayName()).isNull();
        assertThat(bill.dateOfBirth()).isNull();
        assertThat(bill.reasons()).isEmpty();
        assertThat(bill.organisationsToContact()).containsExactly(holder);
        assertThat(accessLog.aboutParticipant(known.participantId(), 20))
                .anySatisfy(entry -> assertThat(entry.username()).isEqualTo("outreach"));
        for (Role role : List.of(Role.PROGRAMME_MANAGER, Role.ADMIN, Role.DATA_PROTECTION, Role.GP_REFERRER)) {
            Caller caller = Caller.person("someone", Set.of(role), holder, "test");
            assertThatThrownBy(() -> askForEach(caller, page)).as(role.name())
                    .hasRootCauseInstanceOf(AccessRefusedException.class);
        }
    }
}
