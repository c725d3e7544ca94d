package uk.wmpathways.caseservice.participant;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.NhsNumber;
import uk.wmpathways.caseservice.api.NhsNumberAlreadyRegisteredException;
import uk.wmpathways.caseservice.api.RegisterParticipant;
import uk.wmpathways.infra.personaldata.MigrationMarkers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The claims that keep one participant per NHS number hold no NHS number: keyed hashes stand for them, with the
 * same rule, and the plain claims of earlier versions are replaced once.
 */
// The same configuration as the HTTP tests and StoredParticipantTest, so that the module starts one context.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NhsNumberClaimsTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MongoNhsNumberRegistry registry;
    @Autowired
    NhsNumberClaimHashing hashing;

    private static String freshNhsNumber() {
        while (true) {
            String digits = String.format("%010d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L));
            if (NhsNumber.hasValidCheckDigit(digits)) {
                return digits;
            }
        }
    }

    private String registered(String nhsNumber) {
        String participantId = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterParticipant(participantId, "Claire", "Hashed", LocalDate.of(1984, 6, 2),
                nhsNumber, LocalAuthority.SANDWELL, null, null, "caseworker"));
        return participantId;
    }

    private List<Document> claims() {
        return mongo.findAll(Document.class, MongoNhsNumberRegistry.COLLECTION);
    }

    private Optional<Document> claimOf(String nhsNumber) {
        return Optional.ofNullable(mongo.findById(registry.claimIdOf(nhsNumber), Document.class,
                MongoNhsNumberRegistry.COLLECTION));
    }

    @Test
    void aRegistrationClaimsItsNumberUnderAKeyedHashAndTheCollectionHoldsNoNhsNumber() {
        String nhsNumber = freshNhsNumber();

        String participantId = registered(nhsNumber);

        assertThat(claimOf(nhsNumber)).get().extracting(claim -> claim.getString("participantId"))
                .isEqualTo(participantId);
        assertThat(registry.claimIdOf(nhsNumber)).hasSize(43).doesNotContain(nhsNumber);
        List<String> stored = new ArrayList<>();
        claims().forEach(claim -> stored.add(claim.toJson()));
        assertThat(String.join("\n", stored)).doesNotContain(nhsNumber).doesNotContain(NhsNumber.formatted(nhsNumber));
        assertThat(stored).noneMatch(claim -> claim.matches("(?s).*\\b[0-9]{10}\\b.*"));
    }

    @Test
    void aSecondRegistrationWithTheSameNumberIsStillRefused() {
        String nhsNumber = freshNhsNumber();
        String first = registered(nhsNumber);

        assertThatThrownBy(() -> registered(NhsNumber.formatted(nhsNumber)))
                .isInstanceOfSatisfying(NhsNumberAlreadyRegisteredException.class,
                        refused -> assertThat(refused.existingParticipantId()).isEqualTo(first));
        assertThat(registry.claim(nhsNumber, "someone-else")).contains(first);
        assertThat(registry.claim(nhsNumber, first)).as("the holder claiming again").isEmpty();
    }

    @Test
    void aReleasedNumberCanBeClaimedAgainAndAStaleClaimTakenOver() {
        String nhsNumber = freshNhsNumber();
        assertThat(registry.claim(nhsNumber, "erased-person")).isEmpty();

        registry.release("erased-person");

        assertThat(claimOf(nhsNumber)).isEmpty();
        assertThat(registry.claim(nhsNumber, "never-registered")).isEmpty();
        registry.takeOver(nhsNumber, "never-registered", "registered-now");
        assertThat(claimOf(nhsNumber)).get().extracting(claim -> claim.getString("participantId"))
                .isEqualTo("registered-now");
    }

    @Test
    void plainClaimsOfAnEarlierVersionAreReplacedByHashedOnesOnce() {
        String plain = freshNhsNumber();
        String halfDone = freshNhsNumber();
        mongo.insert(new Document("_id", plain).append("participantId", "holder-of-plain"),
                MongoNhsNumberRegistry.COLLECTION);
        // A run stopped between inserting the hashed claim and deleting the plain one.
        mongo.insert(new Document("_id", halfDone).append("participantId", "holder-of-half-done"),
                MongoNhsNumberRegistry.COLLECTION);
        mongo.insert(new Document("_id", registry.claimIdOf(halfDone)).append("participantId", "holder-of-half-done"),
                MongoNhsNumberRegistry.COLLECTION);

        assertThat(hashing.run()).isEqualTo(2);

        assertThat(mongo.findById(plain, Document.class, MongoNhsNumberRegistry.COLLECTION)).isNull();
        assertThat(mongo.findById(halfDone, Document.class, MongoNhsNumberRegistry.COLLECTION)).isNull();
        assertThat(claimOf(plain)).get().extracting(claim -> claim.getString("participantId"))
                .isEqualTo("holder-of-plain");
        assertThat(claimOf(halfDone)).get().extracting(claim -> claim.getString("participantId"))
                .isEqualTo("holder-of-half-done");
        assertThat(registry.claim(plain, "someone-else")).contains("holder-of-plain");
        assertThat(hashing.run()).as("again: nothing left").isZero();
        assertThat(hashing.done()).isTrue();
        assertThat(new MigrationMarkers(mongo.getDb()).done(NhsNumberClaimHashing.MIGRATION))
                .as("marked by the run at start-up").isTrue();
    }
}
