package uk.wmpathways.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralAcceptance;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralInboxEntry;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralInboxQueries.FindGpReferralInboxEntry;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.LikelyMatch;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.LikelyMatches;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.eventstore.GlobalSequenceMongoEventStorageEngine;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.infra.security.UserAccounts;
import uk.wmpathways.ui.gpreferral.GpReferralDecisions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.wmpathways.app.GpReferralInboxSupport.IPS_CASEWORKER;
import static uk.wmpathways.app.GpReferralInboxSupport.SERVICE;
import static uk.wmpathways.app.GpReferralInboxSupport.awaitListed;

/**
 * One person referred twice at the same moment, without a verified NHS number and spelt slightly differently: both
 * referrals are recorded, the inbox flags each as likely the same person as the other, accepting the first
 * registers the person, and accepting the second by linking to them registers nobody else.
 */
class TwoReferralsOfOnePersonTest extends EnrolmentApiTestSupport {

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    GpReferralDecisions inbox;
    @Autowired
    GpReferralAcceptance acceptance;
    @Autowired
    MongoTemplate mongo;

    private final Caller serviceCaseworker = Caller.person(IPS_CASEWORKER, Set.of(Role.CASEWORKER), SERVICE, "test");

    @BeforeEach
    void theServicesCaseworkerSignedIn() {
        GpReferralInboxSupport.addServiceCaseworkers(accounts, encoder);
        // As the inbox asks: the gateways put the signed-in caseworker into each query
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                IPS_CASEWORKER, null, List.of(new SimpleGrantedAuthority("ROLE_CASEWORKER"))));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void twoReferralsSentTogetherAreFlaggedAndTheSecondIsLinkedToThePersonTheFirstRegistered() throws Exception {
        String spelt = ParticipantRequests.uniqueFamilyName("Hollingsworth");
        String misspelt = spelt.replace("ngsw", "ngw");
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> receiveWhenBothReady(together, spelt));
        CompletableFuture<String> second = CompletableFuture.supplyAsync(
                () -> receiveWhenBothReady(together, misspelt));
        String firstId = first.get();
        String secondId = second.get();

        assertThat(firstId).isNotEqualTo(secondId);
        awaitListed(as(IPS_CASEWORKER), firstId);
        awaitListed(as(IPS_CASEWORKER), secondId);
        GpReferralInboxEntry firstEntry = entry(firstId);
        GpReferralInboxEntry secondEntry = entry(secondId);
        assertThat(List.of(firstEntry.status(), secondEntry.status())).containsOnly("requested");
        assertThat(secondEntry.person().nhsNumber()).isNull();

        Map<String, String> flagged = inbox.duplicateChecks(List.of(firstEntry, secondEntry), new HashMap<>());
        assertThat(flagged).containsOnlyKeys(firstId, secondId)
                .allSatisfy((id, words) -> assertThat(words).isEqualTo("Likely the same person as another referral here"));

        GpReferralAcceptance.Accepted registered = acceptance.accept(firstId, decision(null), serviceCaseworker);
        assertThat(registered.registered()).isTrue();
        String personId = registered.participantId();

        LikelyMatch offered = awaitOffered(secondEntry, personId);
        assertThat(offered.heldByCaller()).isTrue();
        assertThat(offered.displayName()).isEqualTo("Alexis " + spelt);
        GpReferralAcceptance.Accepted linked = acceptance.accept(secondId, decision(offered.participantId()),
                serviceCaseworker);

        assertThat(linked.registered()).isFalse();
        assertThat(linked.participantId()).isEqualTo(personId);
        assertThat(linked.enrolmentId()).isNotEqualTo(registered.enrolmentId());
        assertThat(eventsOf(GpReferralAcceptance.participantIdFor(secondId))).as("no second participant").isZero();
        assertThat(inbox.likelyMatches(secondEntry.person()).orElseThrow().candidates())
                .extracting(LikelyMatch::participantId).containsExactly(personId);
        await().until(() -> enrolmentIdsOf(personId).containsAll(List.of(registered.enrolmentId(),
                linked.enrolmentId())));
        await().until(() -> "accepted".equals(entry(secondId).status()));
        assertThat(entry(secondId).participantId()).isEqualTo(personId);
    }

    private String receiveWhenBothReady(CyclicBarrier together, String familyName) {
        try {
            together.await();
        } catch (Exception interrupted) {
            throw new IllegalStateException(interrupted);
        }
        return GpReferralInboxSupport.receive(commands, familyName, null, null, false);
    }

    private static GpReferralAcceptance.Acceptance decision(String participantId) {
        return new GpReferralAcceptance.Acceptance(0, participantId, LocalAuthority.WALSALL,
                FundingStream.THRIVE_INTO_WORK_EXPANSION, null, null, null, null);
    }

    private GpReferralInboxEntry entry(String referralId) {
        return queries.query(new FindGpReferralInboxEntry(referralId),
                ResponseTypes.optionalInstanceOf(GpReferralInboxEntry.class)).join().orElseThrow();
    }

    private LikelyMatch awaitOffered(GpReferralInboxEntry referral, String participantId) {
        LikelyMatch[] offered = new LikelyMatch[1];
        await().until(() -> {
            Optional<LikelyMatches> matches = inbox.likelyMatches(referral.person());
            offered[0] = matches.map(LikelyMatches::candidates).orElse(List.of()).stream()
                    .filter(match -> match.participantId().equals(participantId)).findFirst().orElse(null);
            return offered[0] != null;
        });
        return offered[0];
    }

    private long eventsOf(String aggregateId) {
        return mongo.count(Query.query(Criteria.where("aggregateIdentifier").is(aggregateId)),
                GlobalSequenceMongoEventStorageEngine.EVENTS);
    }

    private List<String> enrolmentIdsOf(String participantId) {
        JsonNode enrolments = as(IPS_CASEWORKER).get(enrolmentsOf(participantId)).body();
        return enrolments == null ? List.of() : StreamSupport.stream(enrolments.spliterator(), false)
                .map(enrolment -> enrolment.path("enrolmentId").asText()).toList();
    }
}
