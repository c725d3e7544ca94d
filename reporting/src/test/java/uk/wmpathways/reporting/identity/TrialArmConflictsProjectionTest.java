package uk.wmpathways.reporting.identity;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;
import uk.wmpathways.caseservice.api.identity.IdentityDecided;
import uk.wmpathways.caseservice.api.identity.IdentityDecision;
import uk.wmpathways.caseservice.api.identity.LinkedRecordQueries.ListTrialArmConflicts;
import uk.wmpathways.caseservice.api.identity.LinkedRecordQueries.TrialArmConflict;
import uk.wmpathways.caseservice.api.identity.LinkedRecordQueries.TrialArmConflicts;
import uk.wmpathways.caseservice.api.identity.LinkedWithDifferentTrialArms;
import uk.wmpathways.caseservice.api.identity.PersonPair;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.reporting.readmodel.ProjectionRebuilds;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * The trial manager's flags: a link of records with different arms is listed open, an unlink resolves it, a
 * relink is flagged again; a redelivered event and a rebuild give the same documents; only programme managers read
 * it. Each test's pair has ids of its own (the event store is shared by the tests of the context).
 */
@SpringBootTest
class TrialArmConflictsProjectionTest {

    private static final Instant LINKED = Instant.parse("2026-10-01T09:00:00Z");
    private static final Instant UNLINKED = Instant.parse("2026-10-05T14:30:00Z");
    private static final Instant RELINKED = Instant.parse("2026-10-09T08:15:00Z");

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queries;
    @Autowired
    TrialArmConflictsProjection projection;
    @Autowired
    ProjectionRebuilds rebuilds;
    @Autowired
    ReadModelCollections collections;
    @Autowired
    MongoTemplate mongo;

    private final PersonPair pair = PersonPair.of("p-a-" + UUID.randomUUID(), "p-b-" + UUID.randomUUID());
    private long next;

    private void decided(IdentityDecision decision, Instant at) {
        publish(new IdentityDecided(pair.id(), pair.first(), pair.second(), decision, "caseworker", at));
    }

    private void flagged(Instant at) {
        publish(new LinkedWithDifferentTrialArms(pair.id(), pair.first(), TrialArm.TREATMENT, pair.second(),
                TrialArm.CONTROL, at));
    }

    private void publish(Object event) {
        eventStore.publish(new GenericDomainEventMessage<>("PersonMatch", pair.id(), next++, event));
    }

    private TrialArmConflicts listAs(Caller caller) {
        try {
            return queries.query(new GenericQueryMessage<>(new ListTrialArmConflicts(),
                            ResponseTypes.instanceOf(TrialArmConflicts.class)).andMetaData(caller.toMetaData()),
                    ResponseTypes.instanceOf(TrialArmConflicts.class)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static Caller as(Role role) {
        return Caller.person("someone", Set.of(role), role == Role.CASEWORKER ? "DEMO-SUPPORT" : null, "test");
    }

    private List<TrialArmConflict> flagsOfThePair() {
        return listAs(as(Role.PROGRAMME_MANAGER)).conflicts().stream()
                .filter(conflict -> conflict.pairId().equals(pair.id())).toList();
    }

    private void awaitFlags(int count, int resolved) {
        await().atMost(Duration.ofSeconds(30)).until(() -> flagsOfThePair().size() == count
                && flagsOfThePair().stream().filter(TrialArmConflict::resolved).count() == resolved);
    }

    @Test
    void aLinkIsFlaggedOpenAnUnlinkResolvesItAndARelinkIsFlaggedAgain() {
        decided(IdentityDecision.LINK, LINKED);
        flagged(LINKED);
        awaitFlags(1, 0);
        assertThat(flagsOfThePair()).containsExactly(new TrialArmConflict(pair.id(), pair.first(),
                TrialArm.TREATMENT, pair.second(), TrialArm.CONTROL, LINKED, false, null));

        decided(IdentityDecision.NOT_SAME_PERSON, UNLINKED);
        awaitFlags(1, 1);
        assertThat(flagsOfThePair()).containsExactly(new TrialArmConflict(pair.id(), pair.first(),
                TrialArm.TREATMENT, pair.second(), TrialArm.CONTROL, LINKED, true, UNLINKED));

        decided(IdentityDecision.LINK, RELINKED);
        flagged(RELINKED);
        awaitFlags(2, 1);
        assertThat(flagsOfThePair()).as("newest first: the relink is open, the first link stays resolved")
                .extracting(TrialArmConflict::linkedAt, TrialArmConflict::resolved, TrialArmConflict::unlinkedAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RELINKED, false, null),
                        org.assertj.core.groups.Tuple.tuple(LINKED, true, UNLINKED));
    }

    @Test
    void aRedeliveredEventChangesNothingAndARebuildGivesTheSameDocuments() {
        decided(IdentityDecision.LINK, LINKED);
        flagged(LINKED);
        decided(IdentityDecision.NOT_SAME_PERSON, UNLINKED);
        decided(IdentityDecision.LINK, RELINKED);
        flagged(RELINKED);
        awaitFlags(2, 1);
        List<Document> built = documents();

        projection.on(new LinkedWithDifferentTrialArms(pair.id(), pair.first(), TrialArm.TREATMENT, pair.second(),
                TrialArm.CONTROL, LINKED), 1);
        projection.on(new IdentityDecided(pair.id(), pair.first(), pair.second(), IdentityDecision.NOT_SAME_PERSON,
                "caseworker", UNLINKED), 2);
        assertThat(documents()).as("redelivered").isEqualTo(built);

        String liveBefore = collections.live(TrialArmConflictsProjection.PROCESSING_GROUP);
        rebuilds.start(TrialArmConflictsProjection.PROCESSING_GROUP);
        await().atMost(Duration.ofSeconds(60)).until(() -> rebuilds.status(
                TrialArmConflictsProjection.PROCESSING_GROUP).state() == ProjectionRebuilds.State.IDLE);

        assertThat(collections.live(TrialArmConflictsProjection.PROCESSING_GROUP)).isNotEqualTo(liveBefore);
        assertThat(documents()).as("rebuilt").isEqualTo(built);
    }

    private List<Document> documents() {
        List<Document> documents = mongo.getCollection(collections.live(TrialArmConflictsProjection.PROCESSING_GROUP))
                .find(new Document("pairId", pair.id())).into(new ArrayList<>());
        documents.sort(Comparator.comparing(document -> document.getString("_id")));
        return documents;
    }

    @Test
    void onlyProgrammeManagersAndTheApplicationReadTheFlags() {
        decided(IdentityDecision.LINK, LINKED);
        flagged(LINKED);
        awaitFlags(1, 0);

        assertThat(listAs(Caller.system("test")).conflicts())
                .anySatisfy(conflict -> assertThat(conflict.pairId()).isEqualTo(pair.id()));
        for (Role refused : List.of(Role.CASEWORKER, Role.ADMIN, Role.DATA_PROTECTION, Role.GP_REFERRER)) {
            assertThat(catchThrowable(() -> listAs(as(refused)))).as(refused.name())
                    .isInstanceOf(AccessRefusedException.class)
                    .hasMessage("Only programme managers see records linked with different trial arms");
        }
    }
}
