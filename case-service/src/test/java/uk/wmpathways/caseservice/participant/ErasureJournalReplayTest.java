package uk.wmpathways.caseservice.participant;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.wmpathways.caseservice.api.ErasureGround;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.ParticipantErased;
import uk.wmpathways.caseservice.api.ReapplyErasure;
import uk.wmpathways.caseservice.api.RegisterParticipant;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.personaldata.DataSubjectKeys;
import uk.wmpathways.infra.security.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A restored backup does not bring back a record erased after it was taken. */
// With a web server like the HTTP tests (ApiTestSupport), so that the module starts one application context.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErasureJournalReplayTest {

    private static final Instant FIRST_ERASED = Instant.parse("2026-11-20T14:00:00Z");

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    ErasureJournal journal;
    @Autowired
    ErasureJournalReplay replay;
    @Autowired
    DataSubjectKeys keys;

    private String registered() {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterParticipant(id, "Restored", "Backup", LocalDate.of(1983, 3, 3), null,
                LocalAuthority.DUDLEY, null, null, "caseworker"));
        return id;
    }

    @Test
    void anErasureTheDatabaseNoLongerHoldsIsMadeAgainWithItsFirstGroundOfficerAndTime() {
        // As after a restore: the journal has the erasure, the restored database has the record and its key.
        String id = registered();
        journal.record(new ParticipantErased(id, ErasureGround.UNLAWFULLY_PROCESSED, "dpo", FIRST_ERASED));
        assertThat(keys.erasedAt(id)).isEmpty();

        replay.reapply();

        assertThat(eventStore.readEvents(id).asStream().map(event -> event.getPayload()).toList())
                .last().isEqualTo(new ParticipantErased(id, ErasureGround.UNLAWFULLY_PROCESSED, "dpo", FIRST_ERASED));
        assertThat(keys.erasedAt(id)).contains(FIRST_ERASED);
        long events = eventStore.readEvents(id).asStream().count();
        replay.reapply();
        assertThat(eventStore.readEvents(id).asStream().count()).as("made again once").isEqualTo(events);
    }

    @Test
    void anErasureOfARecordTheRestoredDatabaseNeverHeldIsPassedOver() {
        String neverRegistered = UUID.randomUUID().toString();
        journal.record(new ParticipantErased(neverRegistered, ErasureGround.CONSENT_WITHDRAWN, "dpo", FIRST_ERASED));

        replay.reapply();

        assertThat(eventStore.readEvents(neverRegistered).asStream().count()).isZero();
    }

    @Test
    void onlyTheApplicationMakesAnErasureAgain() {
        String id = registered();
        for (Role role : Role.values()) {
            assertThatThrownBy(() -> commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                            new ReapplyErasure(id, ErasureGround.UNLAWFULLY_PROCESSED, "dpo", FIRST_ERASED))
                    .andMetaData(Caller.person("dpo", Set.of(role), "OUTREACH", "api").toMetaData())))
                    .as(role.name()).isInstanceOf(AccessRefusedException.class);
        }
        assertThat(keys.erasedAt(id)).isEmpty();
    }
}
