package uk.wmpathways.infra.personaldata;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import uk.wmpathways.infra.eventstore.EventStoreTestApplication;
import uk.wmpathways.infra.eventstore.GlobalSequenceMongoEventStorageEngine;
import uk.wmpathways.infra.eventstore.PayloadProtection;

import javax.crypto.SecretKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Personal fields are stored sealed with their person's key, read back plain, and erased with the key. */
@SpringBootTest(classes = EventStoreTestApplication.class)
class PersonalDataInTheEventStoreTest {

    record PersonRegistered(@DataSubject String personId, @PersonalData String name,
                            @PersonalData LocalDate bornOn, @PersonalData(erasedAsNull = true) String phone,
                            String area) {
    }

    record NoteWritten(String caseId, @PersonalData String note, int minutes) {
    }

    record CaseOpened(String caseId, @DataSubject String personId, String team) {
    }

    /** A snapshot of an aggregate: sealed whole when its stream belongs to a person. */
    record CaseState(String caseId, String lastNote) {
    }

    @Autowired
    EventStore eventStore;
    @Autowired
    GlobalSequenceMongoEventStorageEngine engine;
    @Autowired
    DataSubjectKeys keys;
    @Autowired
    PayloadProtection protection;
    @Autowired
    MongoClient client;
    @Autowired
    MongoDatabaseFactory databaseFactory;

    private final String person = UUID.randomUUID().toString();
    private final String caseId = UUID.randomUUID().toString();

    private void recordAPersonAndTheirCase() {
        eventStore.publish(event(person, 0, new PersonRegistered(person, "Aoife Quinlan-Test", LocalDate.of(1979, 3, 14),
                "07700 900123", "Coventry")));
        eventStore.publish(event(caseId, 0, new CaseOpened(caseId, person, "outreach")));
        eventStore.publish(event(caseId, 1, new NoteWritten(caseId, "Slept under the Hillfields bridge", 20)));
    }

    private static GenericDomainEventMessage<Object> event(String stream, long sequence, Object payload) {
        return new GenericDomainEventMessage<>("Test", stream, sequence, payload);
    }

    private MongoCollection<Document> collection(String name) {
        return client.getDatabase(databaseFactory.getMongoDatabase().getName()).getCollection(name);
    }

    private String storedPayloads(String stream) {
        return collection("events").find(Filters.eq("aggregateIdentifier", stream))
                .map(document -> document.getString("payload")).into(new java.util.ArrayList<>()).toString();
    }

    private List<Object> payloads(String stream) {
        return eventStore.readEvents(stream).asStream().map(DomainEventMessage::getPayload).map(Object.class::cast)
                .toList();
    }

    @Test
    void personalFieldsAreStoredSealedAndReadBackPlain() {
        recordAPersonAndTheirCase();

        String stored = storedPayloads(person) + storedPayloads(caseId);
        assertThat(stored).doesNotContain("Aoife", "Quinlan", "1979", "07700", "Hillfields")
                .contains("\"name\"", "\"bornOn\"", "\"note\"", "$sealed", "Coventry", "outreach");
        assertThat(payloads(person)).containsExactly(new PersonRegistered(person, "Aoife Quinlan-Test",
                LocalDate.of(1979, 3, 14), "07700 900123", "Coventry"));
        assertThat(payloads(caseId)).containsExactly(new CaseOpened(caseId, person, "outreach"),
                new NoteWritten(caseId, "Slept under the Hillfields bridge", 20));
        assertThat(keys.streamsOf(person)).containsExactlyInAnyOrder(person, caseId);
    }

    @Test
    void onceTheKeyIsDestroyedTheEventsLoadWithPlaceholdersAndNothingMoreIsWritten() {
        recordAPersonAndTheirCase();
        String otherPerson = UUID.randomUUID().toString();
        eventStore.publish(event(otherPerson, 0, new PersonRegistered(otherPerson, "Other Person", null, null, "Dudley")));

        keys.destroy(person, Instant.parse("2026-12-03T10:00:00Z"));

        assertThat(payloads(person)).containsExactly(new PersonRegistered(person, PersonalData.ERASED, null, null,
                "Coventry"));
        assertThat(payloads(caseId)).containsExactly(new CaseOpened(caseId, person, "outreach"),
                new NoteWritten(caseId, PersonalData.ERASED, 20));
        assertThat(payloads(otherPerson)).containsExactly(new PersonRegistered(otherPerson, "Other Person", null,
                null, "Dudley"));
        assertThat(keys.erasedAt(person)).contains(Instant.parse("2026-12-03T10:00:00Z"));
        assertThatThrownBy(() -> eventStore.publish(event(caseId, 2, new NoteWritten(caseId, "More", 5))))
                .isInstanceOf(DataSubjectErasedException.class);
        assertThat(payloads(caseId)).hasSize(2);
    }

    @Test
    void aSnapshotOfAPersonsStreamIsSealedWholeAndUnreadableOnceErased() {
        recordAPersonAndTheirCase();
        eventStore.storeSnapshot(new GenericDomainEventMessage<>("Test", caseId, 1,
                new CaseState(caseId, "Slept under the Hillfields bridge")));

        Document stored = collection("snapshots").find(Filters.eq("_id", caseId)).first();
        assertThat(stored.getString("payload")).doesNotContain("Hillfields", caseId.substring(0, 8) + "\",\"last");
        assertThat(protection.revealSnapshot(stored.getString("payload")).orElseThrow()).contains("Hillfields");

        keys.destroy(person, Instant.now());

        assertThat(protection.revealSnapshot(stored.getString("payload"))).isEmpty();
        assertThat(payloads(caseId)).hasSize(2); // rebuilt from its events, which read with placeholders
    }

    @Test
    void anEventWithPersonalDataInAStreamOfNobodyKnownIsRefusedAndNothingIsStored() {
        String orphan = UUID.randomUUID().toString();
        assertThatThrownBy(() -> eventStore.publish(event(orphan, 0, new NoteWritten(orphan, "A note", 5))))
                .isInstanceOf(IllegalStateException.class).hasMessageNotContaining("A note");
        assertThat(storedPayloads(orphan)).isEqualTo("[]");
    }

    @Test
    void whenTheKeyStoreIsUnavailableNothingIsWrittenHalfEncrypted() {
        DataSubjectKeys unavailable = new DataSubjectKeys() {
            private RuntimeException down() {
                return new KeyStoreUnavailableException(new RuntimeException("connection refused"));
            }

            @Override
            public SecretKey keyFor(String subject) {
                throw down();
            }

            @Override
            public Optional<SecretKey> existingKey(String subject) {
                throw down();
            }

            @Override
            public Optional<Instant> erasedAt(String subject) {
                throw down();
            }

            @Override
            public void destroy(String subject, Instant at) {
                throw down();
            }

            @Override
            public void rememberStream(String streamId, String subject) {
                throw down();
            }

            @Override
            public Optional<String> subjectOfStream(String streamId) {
                throw down();
            }

            @Override
            public List<String> streamsOf(String subject) {
                throw down();
            }
        };
        engine.protectPayloads(new PersonalDataProtection(unavailable, new PersonalFields()));
        try {
            assertThatThrownBy(() -> eventStore.publish(event(person, 0, new PersonRegistered(person, "Aoife", null,
                    null, "Coventry")))).isInstanceOf(KeyStoreUnavailableException.class);
        } finally {
            engine.protectPayloads(protection);
        }
        assertThat(storedPayloads(person)).isEqualTo("[]");
    }

    @Test
    void aSealedValueMovedToAnotherFieldOrPersonDoesNotOpen() {
        SecretKey key = keys.keyFor(person);
        byte[] sealed = FieldCipher.encrypt(key, person + "/name", "\"Aoife\"".getBytes());
        assertThat(new String(FieldCipher.decrypt(key, person + "/name", sealed))).isEqualTo("\"Aoife\"");
        assertThatThrownBy(() -> FieldCipher.decrypt(key, person + "/note", sealed))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> FieldCipher.decrypt(key, "someone-else/name", sealed))
                .isInstanceOf(IllegalStateException.class);
        byte[] again = FieldCipher.encrypt(key, person + "/name", "\"Aoife\"".getBytes());
        assertThat(again).isNotEqualTo(sealed); // a fresh nonce for every value
    }
}
