package uk.wmpathways.caseservice.participant;

import org.axonframework.common.caching.Cache;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import uk.wmpathways.caseservice.api.ChangeContactDetails;
import uk.wmpathways.caseservice.api.ErasureGround;
import uk.wmpathways.caseservice.api.ReapplyErasure;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstReferralSource;
import uk.wmpathways.caseservice.api.enrolment.ReferToHousingFirst;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.ParticipantContactDetailsChanged;
import uk.wmpathways.caseservice.api.RegisterParticipant;
import uk.wmpathways.caseservice.api.consent.ProcessingRestrictedException;
import uk.wmpathways.caseservice.api.consent.ProcessingRestrictionLifted;
import uk.wmpathways.caseservice.api.consent.RestrictProcessing;
import uk.wmpathways.caseservice.api.consent.RestrictionGround;
import uk.wmpathways.infra.axon.AggregateCache;
import uk.wmpathways.infra.axon.AggregateCaches;
import uk.wmpathways.infra.eventstore.GlobalSequenceMongoEventStorageEngine;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Participants kept between commands ({@link AggregateCache}): the next command is decided on the kept copy, and a
 * copy that another writer has moved on is dropped, by the refused append or by the store check.
 */
// With a web server like the HTTP tests (ApiTestSupport), so that the module starts one application context.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AggregateCacheTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    GlobalSequenceMongoEventStorageEngine engine;
    @Autowired
    AggregateCaches caches;
    @Autowired
    @Qualifier("participantCache")
    Cache participantCache;
    @Autowired
    @Qualifier("enrolmentCache")
    Cache enrolmentCache;

    private String registered() {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterParticipant(id, "Kept", "Copy", LocalDate.of(1984, 3, 3), null,
                LocalAuthority.WALSALL, "0121 496 0100", null, "caseworker"));
        return id;
    }

    private long stats(java.util.function.ToLongFunction<com.github.benmanes.caffeine.cache.stats.CacheStats> of) {
        return of.applyAsLong(((AggregateCache) participantCache).kept().stats());
    }

    private long lastSequence(String id) {
        return eventStore.lastSequenceNumberFor(id).orElseThrow();
    }

    /** What another instance sharing the store would do: append the participant's next event past this one. */
    private void appendedElsewhere(String id, Object payload) {
        eventStore.publish(new GenericDomainEventMessage<>("Participant", id, lastSequence(id) + 1, payload));
    }

    private void phoneChangedElsewhere(String id, String phone) {
        appendedElsewhere(id, new ParticipantContactDetailsChanged(id, phone, null, "elsewhere", Instant.now()));
    }

    @Test
    void withTheEmbeddedStoreTheKeptCopyIsTrustedWithoutAskingTheStore() {
        assertThat(caches.checksStore()).as("only this process can write the embedded store").isFalse();
    }

    @Test
    void theNextCommandIsDecidedOnTheKeptCopy() {
        String id = registered();
        long hits = stats(s -> s.hitCount());

        commands.sendAndWait(new ChangeContactDetails(id, "0121 496 0101", null, "caseworker"));
        commands.sendAndWait(new ChangeContactDetails(id, "0121 496 0101", null, "caseworker"));

        assertThat(stats(s -> s.hitCount()) - hits).isEqualTo(2);
        assertThat(lastSequence(id)).as("registration, lawful basis, one change; the same number again is nothing")
                .isEqualTo(2);
    }

    @Test
    void anAppendThatLostToAnotherWriterDropsTheCopyAndTheNextAttemptDecidesOnTheStore() {
        String id = registered();
        phoneChangedElsewhere(id, "0121 496 0102");

        assertThatThrownBy(() -> commands.sendAndWait(new ChangeContactDetails(id, "0121 496 0103", null,
                "caseworker"))).isInstanceOf(ConcurrencyException.class);
        long stored = lastSequence(id);

        // Loaded from the store: it knows the change made elsewhere, so the same number records nothing...
        commands.sendAndWait(new ChangeContactDetails(id, "0121 496 0102", null, "caseworker"));
        assertThat(lastSequence(id)).isEqualTo(stored);
        // ...and the one refused before is recorded now.
        commands.sendAndWait(new ChangeContactDetails(id, "0121 496 0103", null, "caseworker"));
        assertThat(lastSequence(id)).isEqualTo(stored + 1);
    }

    @Test
    void aRefusalDropsTheCopySoThatTheNextAttemptDecidesOnTheStore() {
        String id = registered();
        commands.sendAndWait(new RestrictProcessing(id, RestrictionGround.ACCURACY_CONTESTED, null, "dpo"));
        appendedElsewhere(id, new ProcessingRestrictionLifted(id, "elsewhere", Instant.now()));

        assertThatThrownBy(() -> commands.sendAndWait(new ChangeContactDetails(id, "0121 496 0104", null,
                "caseworker"))).as("decided on the kept copy, still restricted")
                .isInstanceOf(ProcessingRestrictedException.class);

        long stored = lastSequence(id);
        commands.sendAndWait(new ChangeContactDetails(id, "0121 496 0104", null, "caseworker"));
        assertThat(lastSequence(id)).isEqualTo(stored + 1);
    }

    @Test
    void anErasureDropsWhatIsKeptOfThePersonsEnrolments() {
        String id = registered();
        String enrolmentId = UUID.randomUUID().toString();
        commands.sendAndWait(new ReferToHousingFirst(enrolmentId, id, "DEMO-SUPPORT", LocalAuthority.WALSALL,
                FundingStream.HOUSING_FIRST_PILOT, "caseworker", HousingFirstReferralSource.HOSTEL,
                LocalDate.of(2026, 11, 1), null, "caseworker"));
        assertThat(enrolmentCache.containsKey(enrolmentId)).isTrue();

        commands.sendAndWait(new ReapplyErasure(id, ErasureGround.UNLAWFULLY_PROCESSED, "dpo", Instant.now()));

        assertThat(enrolmentCache.containsKey(enrolmentId)).as("decrypted before the erasure").isFalse();
    }

    @Test
    void whereAnotherInstanceMayWriteAKeptCopyIsCheckedAgainstTheStoreBeforeItIsUsed() {
        String id = registered();
        commands.sendAndWait(new ChangeContactDetails(id, "0121 496 0105", null, "caseworker"));
        Object kept = participantCache.get(id);
        assertThat(kept).isNotNull();
        AggregateCache checking = new AggregateCache(10, Duration.ofMinutes(1),
                (aggregate, version) -> engine.isStored(aggregate, version + 1));
        checking.put(id, kept);

        assertThat((Object) checking.get(id)).as("nobody else has written").isSameAs(kept);

        phoneChangedElsewhere(id, "0121 496 0106");
        assertThat((Object) checking.get(id)).as("moved on elsewhere: loaded from the store instead").isNull();
        assertThat(checking.containsKey(id)).isFalse();
    }
}
