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
import uk.wmpathways.caseservice.api.identity.LinkedRecordQueries.FindLinkedRecords;
import uk.wmpathways.caseservice.api.identity.LinkedRecordQueries.LinkedRecord;
import uk.wmpathways.caseservice.api.identity.LinkedRecordQueries.LinkedRecords;
import uk.wmpathways.caseservice.api.identity.PersonPair;
import uk.wmpathways.infra.access.AccessAction;
import uk.wmpathways.infra.access.AccessLog;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.reporting.casework.ParticipantOrganisations;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * A record's linked records, per role and organisation: the organisation holding the record sees the linked
 * records it holds in full with who linked them and when, one held elsewhere only as "held by … : contact them";
 * another organisation and other roles are refused; an unlink removes the record (and those linked through it), a
 * relink brings it back.
 */
@SpringBootTest
class LinkedRecordsTest {

    private static final Instant AT = Instant.parse("2026-11-02T10:00:00Z");

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queries;
    @Autowired
    ParticipantOrganisations organisations;
    @Autowired
    AccessLog accessLog;

    private final String holder = "HOLDER-" + UUID.randomUUID().toString().substring(0, 6);
    private final String elsewhere = "ELSEWHERE-" + holder;
    private final Caller holding = Caller.person("caseworker", Set.of(Role.CASEWORKER), holder, "test");
    private final Map<String, Long> pairSequences = new HashMap<>();
    private String record;
    private String sameOrganisation;
    private String otherOrganisation;

    @BeforeEach
    void setUp() {
        record = register("Ann", holder);
        sameOrganisation = register("Annie", holder);
        otherOrganisation = register("Anne", elsewhere);
    }

    private String register(String given, String organisation) {
        ParticipantRegistered event = new ParticipantRegistered("p-" + UUID.randomUUID(), given, "Linkwater",
                LocalDate.of(1970, 5, 6), null, LocalAuthority.WALSALL, null, null, "caseworker", AT, null,
                organisation);
        eventStore.publish(new GenericDomainEventMessage<>("Participant", event.participantId(), 0, event));
        await().atMost(Duration.ofSeconds(10)).until(() -> organisations.of(event.participantId())
                .contains(organisation));
        return event.participantId();
    }

    private void decide(String one, String other, IdentityDecision decision, String by) {
        PersonPair pair = PersonPair.of(one, other);
        long sequence = pairSequences.merge(pair.id(), 0L, (old, ignored) -> old + 1);
        eventStore.publish(new GenericDomainEventMessage<>("PersonMatch", pair.id(), sequence,
                new IdentityDecided(pair.id(), pair.first(), pair.second(), decision, by, AT.plusSeconds(sequence))));
    }

    private LinkedRecords ask(Caller caller, String participantId) {
        try {
            return queries.query(new GenericQueryMessage<>(new FindLinkedRecords(participantId),
                            ResponseTypes.instanceOf(LinkedRecords.class)).andMetaData(caller.toMetaData()),
                    ResponseTypes.instanceOf(LinkedRecords.class)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private List<String> linkedIds() {
        return ask(holding, record).records().stream().map(LinkedRecord::participantId).toList();
    }

    @Test
    void theHolderSeesItsLinkedRecordInFullAndOneHeldElsewhereOnlyAsWhomToContact() {
        decide(record, sameOrganisation, IdentityDecision.LINK, "caseworker");
        decide(sameOrganisation, otherOrganisation, IdentityDecision.LINK, "linker");
        await().atMost(Duration.ofSeconds(30)).until(() -> linkedIds().size() == 2);

        List<LinkedRecord> linked = ask(holding, record).records();
        assertThat(linked).filteredOn(LinkedRecord::direct).singleElement().satisfies(direct -> {
            assertThat(direct.participantId()).isEqualTo(sameOrganisation);
            assertThat(direct.heldByCaller()).isTrue();
            assertThat(direct.displayName()).isEqualTo("Annie Linkwater");
            assertThat(direct.dateOfBirth()).isEqualTo(LocalDate.of(1970, 5, 6));
            assertThat(direct.decidedBy()).isEqualTo("caseworker");
            assertThat(direct.decidedAt()).isEqualTo(AT);
        });
        assertThat(linked).filteredOn(record -> !record.direct()).singleElement().satisfies(through -> {
            assertThat(through.participantId()).isEqualTo(otherOrganisation);
            assertThat(through.heldByCaller()).isFalse();
            assertThat(through.displayName()).isNull();
            assertThat(through.dateOfBirth()).isNull();
            assertThat(through.organisationsToContact()).containsExactly(elsewhere);
        });
        assertThat(accessLog.aboutParticipant(sameOrganisation, 20)).anySatisfy(entry -> {
            assertThat(entry.username()).isEqualTo("caseworker");
            assertThat(entry.action()).isEqualTo(AccessAction.VIEW_PARTICIPANT);
        });
    }

    @Test
    void anUnlinkRemovesTheRecordAndThoseLinkedThroughItAndARelinkBringsThemBack() {
        decide(record, sameOrganisation, IdentityDecision.LINK, "caseworker");
        decide(sameOrganisation, otherOrganisation, IdentityDecision.LINK, "linker");
        await().atMost(Duration.ofSeconds(30)).until(() -> linkedIds().size() == 2);

        decide(record, sameOrganisation, IdentityDecision.NOT_SAME_PERSON, "caseworker");
        await().atMost(Duration.ofSeconds(30)).until(() -> linkedIds().isEmpty());
        assertThat(ask(holding, sameOrganisation).records()).extracting(LinkedRecord::participantId)
                .as("the other link stands").containsExactly(otherOrganisation);

        decide(record, sameOrganisation, IdentityDecision.LINK, "caseworker");
        await().atMost(Duration.ofSeconds(30)).until(() -> linkedIds().size() == 2);
        assertThat(ask(holding, record).records()).filteredOn(LinkedRecord::direct).singleElement()
                .satisfies(direct -> assertThat(direct.decidedAt()).isEqualTo(AT.plusSeconds(2)));
    }

    @Test
    void anotherOrganisationOtherRolesAreRefusedAndAnUnknownRecordIsNotFound() {
        decide(record, otherOrganisation, IdentityDecision.LINK, "caseworker");
        Caller other = Caller.person("outreach", Set.of(Role.CASEWORKER), "NEITHER-" + holder, "test");

        assertThat(catchThrowable(() -> ask(other, record))).isInstanceOf(AccessRefusedException.class);
        for (Role role : List.of(Role.PROGRAMME_MANAGER, Role.ADMIN, Role.DATA_PROTECTION, Role.GP_REFERRER)) {
            Caller caller = Caller.person("someone", Set.of(role), holder, "test");
            assertThat(catchThrowable(() -> ask(caller, record))).as(role.name())
                    .isInstanceOf(AccessRefusedException.class);
        }
        assertThat(ask(holding, "p-unknown-" + UUID.randomUUID())).isNull();
        Caller elsewhereCaller = Caller.person("worker", Set.of(Role.CASEWORKER), elsewhere, "test");
        await().atMost(Duration.ofSeconds(30)).until(() -> !ask(elsewhereCaller, otherOrganisation).records()
                .isEmpty());
        assertThat(ask(elsewhereCaller, otherOrganisation).records()).singleElement().satisfies(linked -> {
            assertThat(linked.heldByCaller()).isFalse();
            assertThat(linked.displayName()).isNull();
            assertThat(linked.organisationsToContact()).containsExactly(holder);
        });
    }
}
