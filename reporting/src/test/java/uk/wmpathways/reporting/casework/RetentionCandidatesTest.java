package uk.wmpathways.reporting.casework;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.wmpathways.caseservice.api.ErasureGround;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.ParticipantErased;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.caseservice.api.consent.ProcessingRestricted;
import uk.wmpathways.caseservice.api.consent.RestrictionGround;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.referral.ReferralMade;
import uk.wmpathways.caseservice.api.retention.RetentionPolicy;
import uk.wmpathways.caseservice.api.retention.RetentionQueries.FindParticipantsPastRetention;
import uk.wmpathways.caseservice.api.retention.RetentionQueries.ParticipantsPastRetention;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Who is past their retention period, from the read models (the default policy: six years after a Housing First or
 * Rough Sleeping closure, ten after Thrive into Work, two after registration without enrolment), and who may ask.
 */
@SpringBootTest
class RetentionCandidatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final LocalDate LONG_AGO = LocalDate.of(2015, 1, 5);
    private static final LocalDate CLOSED_LONG_AGO = LocalDate.of(2016, 6, 30);

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queries;
    @Autowired
    RetentionCandidates candidates;

    private final String organisation = "KEEP-" + UUID.randomUUID().toString().substring(0, 6);

    private String registered(Instant at) {
        String id = "p-" + UUID.randomUUID();
        eventStore.publish(new GenericDomainEventMessage<>("Participant", id, 0, new ParticipantRegistered(id, "Kept",
                "Longago", LocalDate.of(1970, 1, 1), null, LocalAuthority.DUDLEY, null, null, "caseworker", at, null,
                organisation)));
        return id;
    }

    private String registered() {
        return registered(Instant.parse("2014-12-01T10:00:00Z"));
    }

    private ParticipantsPastRetention askAs(Caller caller) {
        return queries.query(new GenericMessage<>(new FindParticipantsPastRetention(TODAY, RetentionPolicy.DEFAULT),
                caller.toMetaData()), ResponseTypes.instanceOf(ParticipantsPastRetention.class)).join();
    }

    @Test
    void onlyPeopleWhoseEveryEnrolmentEndedItsPeriodOrWhoWereNeverEnrolledForTwoYearsAreDue() {
        Journeys journeys = new Journeys(eventStore);
        String closedLongAgo = registered();
        journeys.housingFirst(closedLongAgo, "w", organisation, LONG_AGO).closed(CLOSED_LONG_AGO);
        String closedRecently = registered();
        journeys.housingFirst(closedRecently, "w", organisation, LONG_AGO).closed(LocalDate.of(2024, 1, 10));
        String open = registered();
        journeys.roughSleeping(open, "w", organisation, LONG_AGO);
        String trialKeepsLonger = registered();
        journeys.roughSleeping(trialKeepsLonger, "w", organisation, LONG_AGO).closed(CLOSED_LONG_AGO);
        journeys.thriveIntoWork(trialKeepsLonger, "w", organisation, LONG_AGO).closed(LocalDate.of(2018, 3, 1));
        String neverEnrolledLongAgo = registered(Instant.parse("2020-01-02T10:00:00Z"));
        String neverEnrolledRecently = registered(Instant.parse("2025-01-02T10:00:00Z"));
        String referred = registered();
        journeys.housingFirst(referred, "w", organisation, LONG_AGO).closed(CLOSED_LONG_AGO);
        String referral = "r-" + UUID.randomUUID();
        eventStore.publish(new GenericDomainEventMessage<>("Referral", referral, 0, new ReferralMade(referral, referred,
                Pathway.HOUSING_FIRST, organisation, "OTHER-ORG", "caseworker", "Needs a flat", Instant.now())));
        String restricted = registered();
        eventStore.publish(new GenericDomainEventMessage<>("Participant", restricted, 1,
                new ProcessingRestricted(restricted, "c-1", Instant.parse("2016-01-01T10:00:00Z"))));
        journeys.housingFirst(restricted, "w", organisation, LONG_AGO).closed(CLOSED_LONG_AGO);
        String restrictedByTheOfficer = registered();
        eventStore.publish(new GenericDomainEventMessage<>("Participant", restrictedByTheOfficer, 1,
                new ProcessingRestricted(restrictedByTheOfficer, null, Instant.parse("2016-01-01T10:00:00Z"),
                        RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS, "dpo", null)));
        journeys.housingFirst(restrictedByTheOfficer, "w", organisation, LONG_AGO).closed(CLOSED_LONG_AGO);
        String erased = registered();
        journeys.housingFirst(erased, "w", organisation, LONG_AGO).closed(CLOSED_LONG_AGO);
        eventStore.publish(new GenericDomainEventMessage<>("Participant", erased, 1, new ParticipantErased(erased,
                ErasureGround.UNLAWFULLY_PROCESSED, "dpo", Instant.parse("2026-12-01T10:00:00Z"))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            ParticipantsPastRetention answer = askAs(Caller.system("retention"));
            assertThat(answer.due()).contains(closedLongAgo, neverEnrolledLongAgo)
                    .doesNotContain(closedRecently, open, trialKeepsLonger, neverEnrolledRecently, referred,
                            restricted, restrictedByTheOfficer, erased);
            assertThat(answer.heldProcessingRestricted()).contains(restricted, restrictedByTheOfficer)
                    .doesNotContain(closedLongAgo, closedRecently, erased);
            assertThat(answer.today()).isEqualTo(TODAY);
        });
        assertThat(askAs(Caller.person("dpo", Set.of(Role.DATA_PROTECTION), null, "test")).due())
                .contains(closedLongAgo);
    }

    @Test
    void readingThePeopleInPagesOfTwoGivesTheSameAnswer() {
        Journeys journeys = new Journeys(eventStore);
        for (int i = 0; i < 5; i++) {
            journeys.housingFirst(registered(), "w", organisation, LONG_AGO).closed(CLOSED_LONG_AGO);
        }
        String lastOfThem = registered();
        journeys.housingFirst(lastOfThem, "w", organisation, LONG_AGO).closed(CLOSED_LONG_AGO);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> askAs(Caller.system("retention")).due().contains(lastOfThem));
        ParticipantsPastRetention onePage = askAs(Caller.system("retention"));
        candidates.pageSize = 2;
        try {
            ParticipantsPastRetention pagesOfTwo = askAs(Caller.system("retention"));
            assertThat(pagesOfTwo.due()).hasSizeGreaterThan(5).containsExactlyElementsOf(onePage.due());
            assertThat(pagesOfTwo.heldProcessingRestricted())
                    .containsExactlyElementsOf(onePage.heldProcessingRestricted());
        } finally {
            candidates.pageSize = RetentionCandidates.PAGE;
        }
    }

    @Test
    void everyOtherRoleIsRefusedInAnyOrganisation() {
        for (Caller caller : new Caller[] {
                Caller.person("caseworker", Set.of(Role.CASEWORKER), organisation, "test"),
                Caller.person("outreach", Set.of(Role.CASEWORKER), "STREET-OUTREACH", "test"),
                Caller.person("gp", Set.of(Role.GP_REFERRER), null, "test"),
                Caller.person("manager", Set.of(Role.PROGRAMME_MANAGER), null, "test"),
                Caller.person("admin", Set.of(Role.ADMIN), null, "test")}) {
            assertThatThrownBy(() -> askAs(caller)).as(caller.username())
                    .isInstanceOf(CompletionException.class)
                    .hasRootCauseInstanceOf(AccessRefusedException.class);
        }
    }
}
