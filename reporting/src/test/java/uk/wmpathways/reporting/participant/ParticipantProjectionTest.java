package uk.wmpathways.reporting.participant;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.ParticipantContactDetailsChanged;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;
import uk.wmpathways.caseservice.api.ParticipantPage;
import uk.wmpathways.caseservice.api.ParticipantQueries.FindParticipant;
import uk.wmpathways.caseservice.api.ParticipantQueries.SearchParticipants;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.caseservice.api.ParticipantSummary;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest
class ParticipantProjectionTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queries;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReadModelCollections collections;
    @Autowired
    ParticipantProjection projection;

    /**
     * Appended to family names to keep this run's participants apart. It starts with a digit so that "Brook" + run
     * still sorts before "Brookes" + run, as "Brook" sorts before "Brookes" (a run starting with "f" did not).
     */
    private final String run = "0" + UUID.randomUUID().toString().substring(0, 7);

    private ParticipantRegistered register(String givenName, String familyName, String nhsNumber,
                                           LocalAuthority localAuthority) {
        ParticipantRegistered event = new ParticipantRegistered(run + "-" + UUID.randomUUID(), givenName,
                familyName + run, LocalDate.of(1985, 1, 2), nhsNumber, localAuthority, null, null, "caseworker",
                Instant.parse("2026-11-01T09:00:00Z"));
        eventStore.publish(new GenericDomainEventMessage<>("Participant", event.participantId(), 0, event));
        return event;
    }

    private void publish(String participantId, long sequence, Object payload) {
        eventStore.publish(new GenericDomainEventMessage<>("Participant", participantId, sequence, payload));
    }

    private ParticipantSummary find(String participantId) {
        return queries.query(new FindParticipant(participantId), ResponseTypes.instanceOf(ParticipantSummary.class)).join();
    }

    private ParticipantPage search(String text, LocalAuthority localAuthority, int page, int size) {
        return queries.query(new SearchParticipants(text, localAuthority, page, size),
                ResponseTypes.instanceOf(ParticipantPage.class)).join();
    }

    @Test
    void findsARegisteredParticipantById() {
        ParticipantRegistered event = register("Alexis", "Example", "9434765919", LocalAuthority.WALSALL);

        await().atMost(Duration.ofSeconds(10)).until(() -> find(event.participantId()) != null);

        assertThat(find(event.participantId())).isEqualTo(new ParticipantSummary(event.participantId(), "Alexis",
                "Example" + run, LocalDate.of(1985, 1, 2), "9434765919", LocalAuthority.WALSALL, null, null,
                "caseworker", Instant.parse("2026-11-01T09:00:00Z")));
    }

    @Test
    void answersNullForAnUnknownId() {
        assertThat(find("no-such-participant")).isNull();
    }

    @Test
    void searchesByNameFragmentInAnyCaseByNhsNumberAndByLocalAuthority() {
        ParticipantRegistered alexis = register("Alexis", "Brook", "4010232137", LocalAuthority.DUDLEY);
        ParticipantRegistered sam = register("Sam", "Brookes", null, LocalAuthority.WALSALL);
        ParticipantRegistered robin = register("Robin", "Hale", null, LocalAuthority.DUDLEY);
        await().atMost(Duration.ofSeconds(10)).until(() -> find(robin.participantId()) != null
                && find(alexis.participantId()) != null && find(sam.participantId()) != null);

        assertThat(search("BROOK", null, 0, 20).items()).extracting(ParticipantSummary::participantId)
                .containsExactly(alexis.participantId(), sam.participantId());
        assertThat(search("401 023 2137", null, 0, 20).items()).extracting(ParticipantSummary::participantId)
                .containsExactly(alexis.participantId());
        assertThat(search(run, LocalAuthority.DUDLEY, 0, 20).items()).extracting(ParticipantSummary::participantId)
                .containsExactly(alexis.participantId(), robin.participantId());
        assertThat(search("alexis brook", null, 0, 20).total()).isEqualTo(1);
        assertThat(search("a.*", null, 0, 20).total()).as("the text is matched literally, not as a pattern")
                .isZero();
    }

    @Test
    void pagesSortedByFamilyThenGivenName() {
        ParticipantRegistered c = register("Cara", "Page", null, LocalAuthority.SOLIHULL);
        ParticipantRegistered a = register("Abe", "Page", null, LocalAuthority.SOLIHULL);
        ParticipantRegistered b = register("Bo", "Page", null, LocalAuthority.SOLIHULL);
        await().atMost(Duration.ofSeconds(10)).until(() -> find(c.participantId()) != null
                && find(a.participantId()) != null && find(b.participantId()) != null);

        ParticipantPage first = search("page" + run, null, 0, 2);
        ParticipantPage second = search("page" + run, null, 1, 2);

        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items()).extracting(ParticipantSummary::givenName).containsExactly("Abe", "Bo");
        assertThat(second.items()).extracting(ParticipantSummary::givenName).containsExactly("Cara");
    }

    @Test
    void applyingTheSameEventTwiceLeavesOneDocument() {
        ParticipantRegistered event = register("Twice", "Applied", null, LocalAuthority.COVENTRY);
        await().atMost(Duration.ofSeconds(10)).until(() -> find(event.participantId()) != null);

        eventStore.publish(new GenericDomainEventMessage<>("Participant", event.participantId() + "-copy", 0, event));
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> true);

        assertThat(mongo.count(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(event.participantId())),
                collections.live("participants"))).isEqualTo(1);
    }

    @Test
    void anUpdateDeliveredAgainChangesNothing() {
        ParticipantRegistered event = register("Contact", "Changes", null, LocalAuthority.COVENTRY);
        publish(event.participantId(), 1, new ParticipantContactDetailsChanged(event.participantId(), "0121 496 0001",
                null, "caseworker", Instant.parse("2026-11-02T09:00:00Z")));
        publish(event.participantId(), 2, new ParticipantContactDetailsChanged(event.participantId(), "0121 496 0002",
                "new@example.org", "caseworker", Instant.parse("2026-11-03T09:00:00Z")));
        await().atMost(Duration.ofSeconds(10)).until(() -> "0121 496 0002".equals(find(event.participantId()).phone()));

        // The first change arrives again (as after a crash between the update and the token): it is ignored.
        projection.on(new ParticipantContactDetailsChanged(event.participantId(), "0121 496 0001", null, "caseworker",
                Instant.parse("2026-11-02T09:00:00Z")), 1, null);

        assertThat(find(event.participantId())).extracting(ParticipantSummary::phone, ParticipantSummary::email)
                .containsExactly("0121 496 0002", "new@example.org");
    }

    @Test
    void watchersOfASearchAreToldOfAPersonOnlyWhenTheirOrganisationMaySeeThem() {
        String registering = "WATCHED-" + run;
        Caller ofTheOrganisation = Caller.person("caseworker", Set.of(Role.CASEWORKER), registering, "test");
        Caller ofAnother = Caller.person("outreach", Set.of(Role.CASEWORKER), "OTHER-" + run, "test");
        SearchParticipants search = new SearchParticipants("Watched" + run, null, 0, 10);
        List<ParticipantSummary> toldTheOrganisation = new CopyOnWriteArrayList<>();
        List<ParticipantSummary> toldAnother = new CopyOnWriteArrayList<>();
        var watching = watch(search, ofTheOrganisation, toldTheOrganisation);
        var watchingElsewhere = watch(search, ofAnother, toldAnother);
        try {
            ParticipantRegistered event = new ParticipantRegistered(run + "-" + UUID.randomUUID(), "Robin",
                    "Watched" + run, LocalDate.of(1985, 1, 2), null, LocalAuthority.WALSALL, null, null, "caseworker",
                    Instant.parse("2026-11-01T09:00:00Z"), null, registering);
            eventStore.publish(new GenericDomainEventMessage<>("Participant", event.participantId(), 0, event));

            await().atMost(Duration.ofSeconds(10)).until(() -> !toldTheOrganisation.isEmpty());
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> true);

            assertThat(toldTheOrganisation).extracting(ParticipantSummary::participantId)
                    .containsExactly(event.participantId());
            assertThat(toldAnother).as("a caseworker of an organisation that may not see the person").isEmpty();
        } finally {
            watching.cancel();
            watchingElsewhere.cancel();
        }
    }

    private SubscriptionQueryResult<ParticipantPage, ParticipantSummary> watch(SearchParticipants search, Caller caller,
                                                                               List<ParticipantSummary> told) {
        SubscriptionQueryResult<ParticipantPage, ParticipantSummary> result = queries.subscriptionQuery(
                new GenericMessage<>(search, caller.toMetaData()), ResponseTypes.instanceOf(ParticipantPage.class),
                ResponseTypes.instanceOf(ParticipantSummary.class));
        result.initialResult().block(Duration.ofSeconds(10));
        result.updates().subscribe(told::add);
        return result;
    }
}
