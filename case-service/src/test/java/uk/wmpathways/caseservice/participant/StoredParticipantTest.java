package uk.wmpathways.caseservice.participant;

import org.axonframework.common.caching.Cache;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.wmpathways.caseservice.api.ChangeContactDetails;
import uk.wmpathways.caseservice.api.Disability;
import uk.wmpathways.caseservice.api.EqualityDetails;
import uk.wmpathways.caseservice.api.EthnicGroup;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.ParticipantContactDetailsChanged;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.caseservice.api.RegisterParticipant;
import uk.wmpathways.caseservice.api.Sex;
import uk.wmpathways.caseservice.api.consent.ProcessingRestricted;
import uk.wmpathways.caseservice.api.consent.ProcessingRestrictedException;
import uk.wmpathways.caseservice.api.consent.RestrictionGround;
import uk.wmpathways.infra.eventstore.GlobalSequenceMongoEventStorageEngine;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** How participants are stored: old event revisions still load, and long histories load from a snapshot. */
// With a web server like the HTTP tests (ApiTestSupport), so that the module starts one application context.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoredParticipantTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    @Qualifier("participantCache")
    Cache participantCache;

    private List<? extends DomainEventMessage<?>> history(String participantId) {
        return eventStore.readEvents(participantId).asStream().toList();
    }

    /** Stores a registration exactly as an earlier release did: its revision and its JSON. */
    private void storeAsAnEarlierReleaseDid(String id, String revision, String payload) {
        storeAsAnEarlierReleaseDid(id, 0, ParticipantRegistered.class, revision, payload);
    }

    private void storeAsAnEarlierReleaseDid(String id, long sequence, Class<?> type, String revision, String payload) {
        mongo.getCollection(GlobalSequenceMongoEventStorageEngine.EVENTS).insertOne(new Document("_id", -1L - Math.abs((long) id.hashCode()) * 10 - sequence)
                .append("aggregateType", "Participant")
                .append("aggregateIdentifier", id)
                .append("sequenceNumber", sequence)
                .append("streamKey", id + "#" + sequence)
                .append("eventIdentifier", UUID.randomUUID().toString())
                .append("timestamp", "2026-11-01T09:00:00.000Z")
                .append("payloadType", type.getName())
                .append("payloadRevision", revision)
                .append("payload", payload)
                .append("metaData", "{}")
                .append("allocatedAt", 0L));
    }

    @Test
    void aRevisionOneRestrictionLoadsAsConsentWithdrawnAndTheParticipantStaysRestricted() {
        String id = "restricted-revision-1-" + UUID.randomUUID();
        storeAsAnEarlierReleaseDid(id, "4", """
                {"participantId":"%s","givenName":"Held","familyName":"Back","dateOfBirth":"1982-06-25",
                 "nhsNumber":null,"localAuthority":"DUDLEY","phoneNumber":null,"email":null,
                 "registeredBy":"caseworker","registeredAt":"2026-11-01T09:00:00Z","equality":null,
                 "registeringOrganisation":null}""".formatted(id));
        // The first release's restriction: consent withdrawn, with no ground and nobody named.
        storeAsAnEarlierReleaseDid(id, 1, ProcessingRestricted.class, "1", """
                {"participantId":"%s","consentId":"c-1","at":"2026-11-02T09:00:00Z"}""".formatted(id));

        assertThat(history(id).get(1).getPayload()).isEqualTo(new ProcessingRestricted(id, "c-1",
                Instant.parse("2026-11-02T09:00:00Z"), RestrictionGround.CONSENT_WITHDRAWN, null, null));
        assertThatThrownBy(() -> commands.sendAndWait(new ChangeContactDetails(id, "0121 496 0002", null, "caseworker")))
                .isInstanceOf(ProcessingRestrictedException.class);
        assertThat(history(id)).hasSize(2);
    }

    @Test
    void aRevisionOneRegistrationStoredLongAgoStillLoadsWithItsPhoneNumber() {
        String id = "revision-1-" + UUID.randomUUID();
        // The first release's phone number field was called "phone".
        storeAsAnEarlierReleaseDid(id, "1", """
                {"participantId":"%s","givenName":"Old","familyName":"Format","dateOfBirth":"1980-04-23",
                 "nhsNumber":null,"localAuthority":"WALSALL","phone":"0121 496 0000","email":null,
                 "registeredBy":"caseworker","registeredAt":"2026-11-01T09:00:00Z"}""".formatted(id));

        ParticipantRegistered registered = (ParticipantRegistered) history(id).get(0).getPayload();
        assertThat(registered.phoneNumber()).isEqualTo("0121 496 0000");
        assertThat(registered.familyName()).isEqualTo("Format");
        assertThat(registered.equality()).as("upcast through revision 2 to 3: no equality details").isNull();

        // The aggregate rebuilt from the upcast event knows the number: the same details record nothing new.
        commands.sendAndWait(new ChangeContactDetails(id, "0121 496 0000", null, "caseworker"));
        assertThat(history(id)).hasSize(1);
    }

    @Test
    void aRevisionTwoRegistrationLoadsWithoutEqualityDetails() {
        String id = "revision-2-" + UUID.randomUUID();
        // Revision 2 had the phone number as "phoneNumber" and no equality details.
        storeAsAnEarlierReleaseDid(id, "2", """
                {"participantId":"%s","givenName":"Second","familyName":"Format","dateOfBirth":"1981-05-24",
                 "nhsNumber":null,"localAuthority":"DUDLEY","phoneNumber":"0121 496 0001","email":"second@example.org",
                 "registeredBy":"caseworker","registeredAt":"2026-11-02T09:00:00Z"}""".formatted(id));

        DomainEventMessage<?> loaded = history(id).get(0);
        ParticipantRegistered registered = (ParticipantRegistered) loaded.getPayload();
        assertThat(registered).isEqualTo(new ParticipantRegistered(id, "Second", "Format", LocalDate.of(1981, 5, 24),
                null, LocalAuthority.DUDLEY, "0121 496 0001", "second@example.org", "caseworker",
                Instant.parse("2026-11-02T09:00:00Z"), null, null));

        commands.sendAndWait(new ChangeContactDetails(id, "0121 496 0001", "second@example.org", "caseworker"));
        assertThat(history(id)).as("the aggregate loaded it: the same details record nothing").hasSize(1);
    }

    @Test
    void aRegistrationWithEqualityDetailsIsStoredAndReadBack() {
        String id = UUID.randomUUID().toString();
        EqualityDetails equality = new EqualityDetails(EthnicGroup.ASIAN, Sex.FEMALE, Disability.YES);
        commands.sendAndWait(new RegisterParticipant(id, "Equal", "Details", LocalDate.of(1990, 1, 2), null,
                LocalAuthority.COVENTRY, null, null, "caseworker", equality));

        assertThat(((ParticipantRegistered) history(id).get(0).getPayload()).equality()).isEqualTo(equality);
    }

    @Test
    void aLongHistoryIsLoadedFromASnapshotAndTheEventsAfterIt() {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterParticipant(id, "Long", "History", LocalDate.of(1975, 5, 5), null,
                LocalAuthority.SANDWELL, null, null, "caseworker"));
        for (int i = 1; i <= 25; i++) {
            commands.sendAndWait(new ChangeContactDetails(id, "0121 496 " + (1000 + i), null, "caseworker"));
        }

        await().atMost(Duration.ofSeconds(10)).until(() ->
                mongo.getCollection(GlobalSequenceMongoEventStorageEngine.SNAPSHOTS).find(new Document("_id", id)).first() != null);
        Document snapshot = mongo.getCollection(GlobalSequenceMongoEventStorageEngine.SNAPSHOTS).find(new Document("_id", id)).first();
        assertThat(snapshot.getLong("sequenceNumber")).isGreaterThanOrEqualTo(10L);
        assertThat(snapshot.getString("payloadType")).isEqualTo(Participant.class.getName());
        // A snapshot of a person's aggregate is sealed whole with their key: no phone number in the store.
        assertThat(snapshot.getString("payload")).startsWith("{\"$sealed\"").doesNotContain("0121 496");

        List<? extends DomainEventMessage<?>> loaded = history(id);
        assertThat(loaded.get(0).getPayload()).isInstanceOf(Participant.class);
        assertThat(loaded.get(0).getSequenceNumber()).isEqualTo(snapshot.getLong("sequenceNumber"));
        // registration: ParticipantRegistered and LawfulBasisRecorded (0, 1); then 25 changes (2 to 26)
        assertThat(loaded).hasSize((int) (26 - snapshot.getLong("sequenceNumber")) + 1);

        // State from snapshot + later events is right: the current number records nothing, a new one does.
        participantCache.remove(id);
        commands.sendAndWait(new ChangeContactDetails(id, "0121 496 1025", null, "caseworker"));
        assertThat(eventStore.lastSequenceNumberFor(id)).contains(26L);
        commands.sendAndWait(new ChangeContactDetails(id, "0121 496 2000", null, "caseworker"));
        assertThat(eventStore.lastSequenceNumberFor(id)).contains(27L);
        ParticipantContactDetailsChanged latest =
                (ParticipantContactDetailsChanged) eventStore.readEvents(id, 27).next().getPayload();
        assertThat(latest.phoneNumber()).isEqualTo("0121 496 2000");
    }
}
