package uk.wmpathways.reporting.casework;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.wmpathways.caseservice.api.ParticipantPage;
import uk.wmpathways.caseservice.api.ParticipantQueries.FindParticipant;
import uk.wmpathways.caseservice.api.ParticipantQueries.SearchParticipants;
import uk.wmpathways.caseservice.api.ErasureGround;
import uk.wmpathways.caseservice.api.ParticipantErased;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.caseservice.api.ParticipantSummary;
import uk.wmpathways.caseservice.api.consent.ConsentRecorded;
import uk.wmpathways.caseservice.api.consent.ConsentScope;
import uk.wmpathways.caseservice.api.consent.ConsentWithdrawn;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.FindParticipantDataRights;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.IsProcessingRestricted;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.ParticipantDataRights;
import uk.wmpathways.caseservice.api.consent.LawfulBasis;
import uk.wmpathways.caseservice.api.consent.LawfulBasisRecorded;
import uk.wmpathways.caseservice.api.consent.ProcessingRestricted;
import uk.wmpathways.caseservice.api.consent.RestrictionGround;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.Restriction;
import uk.wmpathways.caseservice.api.consent.ProcessingRestrictionLifted;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindParticipantTimeline;
import uk.wmpathways.caseservice.api.enrolment.TimelineEntry;
import uk.wmpathways.infra.access.AccessAction;
import uk.wmpathways.infra.access.AccessLog;
import uk.wmpathways.infra.access.AccessPurpose;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.reporting.api.DataSubjectQueries.DataSubject;
import uk.wmpathways.reporting.api.DataSubjectQueries.FindDataSubject;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Sharing follows consent: an organisation the person agreed may see their record reads it (and the timeline
 * entries about the person, not another organisation's enrolment) from the moment the consent is stored, and
 * no longer from the moment it is withdrawn; no waiting between the event and the reads below.
 */
@SpringBootTest
class ConsentVisibilityTest {

    private static final Instant AT = Instant.parse("2025-06-03T10:00:00Z");

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queries;
    @Autowired
    ParticipantOrganisations organisations;
    @Autowired
    AccessLog accessLog;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String from = "FROM-" + run;
    private final String to = "TO-" + run;
    private final Caller supporter = Caller.person("outreach", Set.of(Role.CASEWORKER), from, "test");
    private final Caller receiver = Caller.person("caseworker", Set.of(Role.CASEWORKER), to, "test");
    private final Caller third = Caller.person("worker", Set.of(Role.CASEWORKER), "THIRD-" + run, "test");
    private final Caller manager = Caller.person("manager", Set.of(Role.PROGRAMME_MANAGER), to, "test");
    private final Caller dataProtection = Caller.person("dpo", Set.of(Role.DATA_PROTECTION), to, "test");
    private String participantId;
    private long sequence;

    @BeforeEach
    void setUp() {
        Journeys journeys = new Journeys(eventStore);
        ParticipantRegistered person = journeys.register("Sam", "Consenting" + run);
        participantId = person.participantId();
        sequence = 0;
        journeys.roughSleeping(participantId, "outreach", from, LocalDate.of(2025, 6, 1));
        publish(new LawfulBasisRecorded(participantId, LawfulBasis.CONSENT, null, "outreach", AT));
        publish(new ConsentRecorded(participantId, "processing", ConsentScope.PROCESSING, null, "outreach", AT,
                LocalDate.of(2025, 6, 1)));
        await().atMost(Duration.ofSeconds(10)).until(() -> organisations.of(participantId).contains(from)
                && find(Caller.system("test")) != null
                && timelineOf(supporter).stream().anyMatch(entry -> entry.enrolmentId() != null));
    }

    private void publish(Object event) {
        eventStore.publish(new GenericDomainEventMessage<>("Participant", participantId, ++sequence, event));
    }

    /** Stored and handled together, as the events of one command (or of one demo story) are. */
    private void publishTogether(Object... events) {
        eventStore.publish(Arrays.stream(events)
                .map(event -> new GenericDomainEventMessage<>("Participant", participantId, ++sequence, event))
                .toList());
    }

    private <R> R ask(Caller caller, Object query, ResponseType<R> type) {
        return queries.query(new GenericQueryMessage<>(query, type).andMetaData(caller.toMetaData()), type).join();
    }

    private ParticipantSummary find(Caller caller) {
        return ask(caller, new FindParticipant(participantId), ResponseTypes.instanceOf(ParticipantSummary.class));
    }

    private List<TimelineEntry> timelineOf(Caller caller) {
        return ask(caller, new FindParticipantTimeline(participantId),
                ResponseTypes.multipleInstancesOf(TimelineEntry.class));
    }

    private ParticipantDataRights dataRights(Caller caller) {
        return ask(caller, new FindParticipantDataRights(participantId),
                ResponseTypes.instanceOf(ParticipantDataRights.class));
    }

    private List<String> searchedBy(Caller caller) {
        return ask(caller, new SearchParticipants("Consenting" + run, null, 0, 20),
                ResponseTypes.instanceOf(ParticipantPage.class)).items().stream()
                .map(ParticipantSummary::participantId).toList();
    }

    private void shareWithReceiver() {
        publish(new ConsentRecorded(participantId, "share", ConsentScope.SHARE_WITH_ORGANISATION, to, "outreach", AT,
                LocalDate.of(2025, 6, 2)));
    }

    @Test
    void withoutConsentTheOtherOrganisationIsRefused() {
        assertThatThrownBy(() -> find(receiver)).hasRootCauseInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> timelineOf(receiver)).hasRootCauseInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> dataRights(receiver)).hasRootCauseInstanceOf(AccessRefusedException.class);
        assertThat(searchedBy(receiver)).isEmpty();
    }

    @Test
    void consentToShareGivesTheOrganisationReadAccessAtOnce() {
        shareWithReceiver();

        assertThat(find(receiver).participantId()).isEqualTo(participantId);
        assertThat(searchedBy(receiver)).containsExactly(participantId);
        assertThat(organisations.supporting(participantId)).doesNotContain(to);
        List<TimelineEntry> timeline = timelineOf(receiver);
        assertThat(timeline).extracting(TimelineEntry::text).contains("Registered");
        assertThat(timeline).allMatch(entry -> entry.enrolmentId() == null);
        assertThat(dataRights(receiver).consents()).extracting(c -> c.scope() + " " + c.organisation())
                .containsExactly("PROCESSING null", "SHARE_WITH_ORGANISATION " + to);
    }

    @Test
    void consentToOneOrganisationGivesNothingToAnotherNorToOtherRoles() {
        shareWithReceiver();

        assertThatThrownBy(() -> find(third)).hasRootCauseInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> dataRights(third)).hasRootCauseInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> find(manager)).hasRootCauseInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> dataRights(dataProtection)).hasRootCauseInstanceOf(AccessRefusedException.class);
    }

    @Test
    void withdrawalRemovesTheAccessAtOnce() {
        shareWithReceiver();
        assertThat(find(receiver)).isNotNull();

        publish(new ConsentWithdrawn(participantId, "share", "outreach", AT.plusSeconds(60)));

        assertThatThrownBy(() -> find(receiver)).hasRootCauseInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> timelineOf(receiver)).hasRootCauseInstanceOf(AccessRefusedException.class);
        assertThat(searchedBy(receiver)).isEmpty();
        assertThat(find(supporter)).isNotNull();
        ParticipantDataRights rights = dataRights(supporter);
        assertThat(rights.consents()).filteredOn(c -> c.consentId().equals("share"))
                .singleElement().satisfies(c -> {
                    assertThat(c.withdrawnBy()).isEqualTo("outreach");
                    assertThat(c.standing()).isFalse();
                });
    }

    @Test
    void theBasisAndTheRestrictionAreKnownAtOnce() {
        ParticipantDataRights rights = dataRights(supporter);
        assertThat(rights.basis()).isEqualTo(LawfulBasis.CONSENT);
        assertThat(rights.basisRecordedBy()).isEqualTo("outreach");
        assertThat(rights.restricted()).isFalse();

        publish(new ConsentWithdrawn(participantId, "processing", "outreach", AT));
        publish(new ProcessingRestricted(participantId, "processing", AT));
        assertThat(ask(supporter, new IsProcessingRestricted(participantId), ResponseTypes.instanceOf(Boolean.class)))
                .isTrue();
        assertThat(dataRights(supporter).restricted()).isTrue();

        publish(new ProcessingRestrictionLifted(participantId, "outreach", AT));
        assertThat(ask(supporter, new IsProcessingRestricted(participantId), ResponseTypes.instanceOf(Boolean.class)))
                .isFalse();
        assertThatThrownBy(() -> ask(manager, new IsProcessingRestricted(participantId),
                ResponseTypes.instanceOf(Boolean.class))).hasRootCauseInstanceOf(AccessRefusedException.class);
    }

    @Test
    void theOfficersRestrictionIsShownWithItsGroundWhoAndWhenAndWithdrawnConsentDoesNotReplaceIt() {
        Instant restrictedAt = AT.plusSeconds(60);
        publish(new ProcessingRestricted(participantId, null, restrictedAt, RestrictionGround.ACCURACY_CONTESTED,
                "dpo", "Their letter of 2 June"));
        assertThat(ask(supporter, new IsProcessingRestricted(participantId), ResponseTypes.instanceOf(Boolean.class)))
                .isTrue();
        Restriction expected = new Restriction(RestrictionGround.ACCURACY_CONTESTED, "dpo", restrictedAt);
        assertThat(dataRights(supporter).restriction()).isEqualTo(expected);
        assertThat(dataRights(supporter).restrictedByTheOfficer()).isTrue();
        assertThat(dataSubject(dataProtection).rights().restriction()).isEqualTo(expected);
        assertThat(dataSubject(dataProtection).rights().toString()).as("the note is not in the read model")
                .doesNotContain("letter");

        publish(new ConsentWithdrawn(participantId, "processing", "outreach", AT.plusSeconds(120)));
        publish(new ProcessingRestricted(participantId, "processing", AT.plusSeconds(120)));
        assertThat(dataRights(supporter).restriction()).isEqualTo(expected);

        publish(new ProcessingRestrictionLifted(participantId, "dpo", AT.plusSeconds(180)));
        assertThat(dataRights(supporter).restricted()).isFalse();
        assertThat(dataRights(supporter).restriction()).isNull();
        assertThat(ask(supporter, new IsProcessingRestricted(participantId), ResponseTypes.instanceOf(Boolean.class)))
                .isFalse();
    }

    @Test
    void theEventsOfOneCommandAreAllFoldedIntoTheRecordBeforeItReturns() {
        publishTogether(new ConsentRecorded(participantId, "share", ConsentScope.SHARE_WITH_ORGANISATION, to,
                        "outreach", AT, LocalDate.of(2025, 6, 2)),
                new ConsentRecorded(participantId, "share-third", ConsentScope.SHARE_WITH_ORGANISATION,
                        "THIRD-" + run, "outreach", AT, LocalDate.of(2025, 6, 2)),
                new ConsentWithdrawn(participantId, "share-third", "outreach", AT.plusSeconds(60)),
                new ConsentWithdrawn(participantId, "processing", "outreach", AT.plusSeconds(60)),
                new ProcessingRestricted(participantId, "processing", AT.plusSeconds(60)));

        assertThat(find(receiver).participantId()).isEqualTo(participantId);
        assertThatThrownBy(() -> find(third)).hasRootCauseInstanceOf(AccessRefusedException.class);
        ParticipantDataRights rights = dataRights(supporter);
        assertThat(rights.consents()).extracting(c -> c.consentId() + " " + c.standing())
                .containsExactly("processing false", "share true", "share-third false");
        assertThat(rights.restricted()).isTrue();
        assertThat(ask(supporter, new IsProcessingRestricted(participantId), ResponseTypes.instanceOf(Boolean.class)))
                .isTrue();
    }

    @Test
    void withdrawnConsentsRestrictionIsShownAsSuchWithNobodyAsWhoRestrictedIt() {
        publish(new ConsentWithdrawn(participantId, "processing", "outreach", AT));
        publish(new ProcessingRestricted(participantId, "processing", AT));
        assertThat(dataRights(supporter).restriction())
                .isEqualTo(new Restriction(RestrictionGround.CONSENT_WITHDRAWN, null, AT));
        assertThat(dataRights(supporter).restrictedByTheOfficer()).isFalse();
    }

    private DataSubject dataSubject(Caller caller) {
        return ask(caller, new FindDataSubject(participantId), ResponseTypes.instanceOf(DataSubject.class));
    }

    @Test
    void theDataProtectionOfficerReadsWhoThePersonIsAndTheirDataRightsAndNobodyElseDoes() {
        DataSubject subject = dataSubject(dataProtection);
        assertThat(subject.name()).isEqualTo("Sam Consenting" + run);
        assertThat(subject.rights().basis()).isEqualTo(LawfulBasis.CONSENT);
        assertThat(subject.rights().erased()).isFalse();
        assertThat(accessLog.aboutParticipant(participantId, 50)).anySatisfy(entry -> {
            assertThat(entry.username()).isEqualTo("dpo");
            assertThat(entry.action()).isEqualTo(AccessAction.VIEW_PARTICIPANT);
            assertThat(entry.purpose()).isEqualTo(AccessPurpose.OVERSIGHT);
        });
        assertThat(ask(dataProtection, new FindDataSubject("nobody-" + run), ResponseTypes.instanceOf(DataSubject.class)))
                .isNull();

        Caller admin = Caller.person("admin", Set.of(Role.ADMIN), null, "test");
        Caller gp = Caller.person("gp", Set.of(Role.GP_REFERRER), null, "test");
        for (Caller refused : List.of(supporter, receiver, third, manager, admin, gp)) {
            assertThatThrownBy(() -> dataSubject(refused)).as(refused.username())
                    .hasRootCauseInstanceOf(AccessRefusedException.class);
        }
    }

    @Test
    void anErasureIsOnTheRecordAtOnceWithItsDayAndGround() {
        Instant erasedAt = AT.plusSeconds(600);
        publish(new ConsentWithdrawn(participantId, "processing", "outreach", AT));
        publish(new ProcessingRestricted(participantId, "processing", AT));
        publish(new ParticipantErased(participantId, ErasureGround.CONSENT_WITHDRAWN, "dpo", erasedAt));

        ParticipantDataRights rights = dataRights(supporter);
        assertThat(rights.erased()).isTrue();
        assertThat(rights.erasure().ground()).isEqualTo(ErasureGround.CONSENT_WITHDRAWN);
        assertThat(rights.erasure().erasedAt()).isEqualTo(erasedAt);
        assertThat(dataSubject(dataProtection).rights().erasure()).isEqualTo(rights.erasure());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> dataSubject(dataProtection).name().equals("[erased] [erased]"));
        assertThat(dataSubject(dataProtection).dateOfBirth()).isNull();
    }
}
