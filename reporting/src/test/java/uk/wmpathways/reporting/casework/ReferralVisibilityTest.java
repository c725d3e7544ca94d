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
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindParticipantTimeline;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.enrolment.TimelineEntry;
import uk.wmpathways.caseservice.api.referral.ReferralAccepted;
import uk.wmpathways.caseservice.api.referral.ReferralDeclined;
import uk.wmpathways.caseservice.api.referral.ReferralMade;
import uk.wmpathways.caseservice.api.referral.ReferralQueries.FindIncomingReferrals;
import uk.wmpathways.caseservice.api.referral.ReferralQueries.FindOutgoingReferrals;
import uk.wmpathways.caseservice.api.referral.ReferralQueries.FindReferral;
import uk.wmpathways.caseservice.api.referral.ReferralStatus;
import uk.wmpathways.caseservice.api.referral.ReferralSummary;
import uk.wmpathways.caseservice.api.referral.ReferralWithdrawn;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.reporting.casework.Journeys.Enrolment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Who sees a referred person: the receiving organisation while the referral is pending, no longer after a decline
 * or a withdrawal, and through the enrolment after an acceptance; the referral's timeline entries for the two
 * organisations only; the referral lists for each side.
 */
@SpringBootTest
class ReferralVisibilityTest {

    private static final Instant AT = Instant.parse("2025-06-03T10:00:00Z");

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queries;
    @Autowired
    ParticipantOrganisations organisations;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String from = "FROM-" + run;
    private final String to = "TO-" + run;
    private final Caller sender = Caller.person("outreach", Set.of(Role.CASEWORKER), from, "test");
    private final Caller receiver = Caller.person("caseworker", Set.of(Role.CASEWORKER), to, "test");
    private final Caller third = Caller.person("worker", Set.of(Role.CASEWORKER), "THIRD-" + run, "test");
    private Journeys journeys;
    private String participantId;

    @BeforeEach
    void setUp() {
        journeys = new Journeys(eventStore);
        ParticipantRegistered person = journeys.register("Sam", "Referred" + run);
        participantId = person.participantId();
        Enrolment supported = journeys.roughSleeping(participantId, "outreach", from, LocalDate.of(2025, 6, 1));
        await().atMost(Duration.ofSeconds(10)).until(() -> organisations.of(participantId).contains(from));
    }

    private String refer() {
        String referralId = "r-" + UUID.randomUUID();
        publish(referralId, 0, new ReferralMade(referralId, participantId, Pathway.HOUSING_FIRST, from, to, "outreach",
                "Long-term rough sleeper", AT));
        return referralId;
    }

    private void publish(String referralId, long sequence, Object event) {
        eventStore.publish(new GenericDomainEventMessage<>("Referral", referralId, sequence, event));
    }

    private <R> R ask(Caller caller, Object query, ResponseType<R> type) {
        return queries.query(new GenericQueryMessage<>(query, type).andMetaData(caller.toMetaData()), type).join();
    }

    private List<TimelineEntry> timeline(Caller caller) {
        return ask(caller, new FindParticipantTimeline(participantId), ResponseTypes.multipleInstancesOf(TimelineEntry.class));
    }

    private ReferralSummary referral(Caller caller, String referralId) {
        return ask(caller, new FindReferral(referralId), ResponseTypes.instanceOf(ReferralSummary.class));
    }

    private void awaitStatus(String referralId, ReferralStatus status) {
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            ReferralSummary referral = referral(sender, referralId);
            return referral != null && referral.status() == status;
        });
    }

    @Test
    void whilePendingTheReceivingOrganisationSeesThePersonAndTheReferral() {
        String referralId = refer();
        awaitStatus(referralId, ReferralStatus.PENDING);

        assertThat(organisations.of(participantId)).contains(from, to);
        assertThat(organisations.supporting(participantId)).doesNotContain(to);
        assertThat(organisations.participantsOf(to)).contains(participantId);
        assertThat(timeline(receiver)).extracting(TimelineEntry::text)
                .contains("Referred by " + from + " to " + to + " for Housing First: Long-term rough sleeper");
        assertThat(timeline(sender)).extracting(TimelineEntry::text).anyMatch(text -> text.startsWith("Referred by"));
        List<ReferralSummary> incoming = ask(receiver, new FindIncomingReferrals(),
                ResponseTypes.multipleInstancesOf(ReferralSummary.class));
        assertThat(incoming).extracting(ReferralSummary::referralId, ReferralSummary::participantName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(referralId, "Sam Referred" + run));
        assertThat(ask(sender, new FindOutgoingReferrals(), ResponseTypes.multipleInstancesOf(ReferralSummary.class)))
                .extracting(ReferralSummary::referralId).containsExactly(referralId);
        assertThat(ask(sender, new FindIncomingReferrals(), ResponseTypes.multipleInstancesOf(ReferralSummary.class)))
                .isEmpty();
    }

    @Test
    void anotherOrganisationSeesNeitherThePersonNorTheReferral() {
        String referralId = refer();
        awaitStatus(referralId, ReferralStatus.PENDING);

        assertThat(organisations.of(participantId)).doesNotContain(third.organisation());
        assertThatThrownBy(() -> referral(third, referralId)).hasRootCauseInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> timeline(third)).hasRootCauseInstanceOf(AccessRefusedException.class);
        assertThat(ask(third, new FindIncomingReferrals(), ResponseTypes.multipleInstancesOf(ReferralSummary.class)))
                .isEmpty();
    }

    @Test
    void afterADeclineTheReceivingOrganisationNoLongerSeesThePerson() {
        String referralId = refer();
        publish(referralId, 1, new ReferralDeclined(referralId, "caseworker", "No capacity", AT));
        awaitStatus(referralId, ReferralStatus.DECLINED);

        assertThat(organisations.of(participantId)).contains(from).doesNotContain(to);
        assertThatThrownBy(() -> timeline(receiver)).hasRootCauseInstanceOf(AccessRefusedException.class);
        assertThat(referral(receiver, referralId).participantName()).isNull();
        assertThat(referral(sender, referralId).participantName()).isEqualTo("Sam Referred" + run);
        assertThat(referral(sender, referralId).declineReason()).isEqualTo("No capacity");
        assertThat(timeline(sender)).extracting(TimelineEntry::text).contains("Referral to " + to + " declined: No capacity");
    }

    @Test
    void afterAWithdrawalTheReceivingOrganisationNoLongerSeesThePerson() {
        String referralId = refer();
        publish(referralId, 1, new ReferralWithdrawn(referralId, "outreach", AT));
        awaitStatus(referralId, ReferralStatus.WITHDRAWN);

        assertThat(organisations.of(participantId)).doesNotContain(to);
        assertThat(timeline(sender)).extracting(TimelineEntry::text)
                .contains("Referral to " + to + " withdrawn by " + from);
    }

    @Test
    void oneOfTwoPendingReferralsDeclinedStillLeavesTheOtherPending() {
        String declined = refer();
        String pending = refer();
        publish(declined, 1, new ReferralDeclined(declined, "caseworker", "Wrong area", AT));
        awaitStatus(declined, ReferralStatus.DECLINED);

        assertThat(organisations.of(participantId)).contains(to);
        assertThat(referral(receiver, pending).status()).isEqualTo(ReferralStatus.PENDING);
    }

    @Test
    void afterAnAcceptanceTheReceivingOrganisationSeesThePersonThroughTheEnrolment() {
        String referralId = refer();
        Enrolment enrolment = journeys.housingFirst(participantId, "caseworker", to, LocalDate.of(2025, 6, 3));
        publish(referralId, 1, new ReferralAccepted(referralId, "caseworker", enrolment.id, AT));
        awaitStatus(referralId, ReferralStatus.ACCEPTED);

        assertThat(organisations.supporting(participantId)).contains(from, to);
        assertThat(referral(receiver, referralId).enrolmentId()).isEqualTo(enrolment.id);
        assertThat(timeline(receiver)).extracting(TimelineEntry::text)
                .contains("Referral to " + to + " accepted: Housing First enrolment started");
        assertThat(timeline(third == null ? receiver : sender)).extracting(TimelineEntry::text)
                .anyMatch(text -> text.startsWith("Referral to " + to + " accepted"));
    }
}
