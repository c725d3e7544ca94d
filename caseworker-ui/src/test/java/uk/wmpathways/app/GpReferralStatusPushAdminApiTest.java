package uk.wmpathways.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.wmpathways.gpreferrals.push.StatusPushAdministration.ListStatusPushes;
import uk.wmpathways.gpreferrals.push.StatusPushAdministration.StatusPushSummary;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.infra.security.UserAccounts;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Administrators list the GP referral status pushes that gave up and retry one; every other role is refused, by
 * the handlers (the query sent straight to the bus is refused too). The list names no person and no message.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GpReferralStatusPushAdminApiTest extends EnrolmentApiTestSupport {

    private static final String COLLECTION = "gp_referral_status_pushes";
    private static final String PUSHES = "/api/gp-referrals/pushes";

    @Autowired
    MongoTemplate mongo;
    @Autowired
    QueryGateway queries;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;

    private final String referralId = UUID.randomUUID().toString();
    private final String gaveUp = referralId + ":accepted:none";
    private final String noAnswer = referralId + ":completed:started-work";
    private final String pending = referralId + ":in-progress:none";

    @BeforeAll
    void pushesInEachState() {
        FhirClients.addGpReferrers(accounts, encoder);
        mongo.insert(push(gaveUp, "GAVE_UP", 8, 503), COLLECTION);
        mongo.insert(push(noAnswer, "GAVE_UP", 8, null), COLLECTION);
        mongo.insert(push(pending, "PENDING", 2, 500), COLLECTION);
    }

    private Document push(String id, String state, int attempts, Integer lastHttpStatus) {
        Instant queued = Instant.now();
        return new Document("_id", id).append("referralId", referralId).append("practiceOdsCode", "Y90001")
                .append("endpoint", "https://practice.example/fhir/$process-message")
                .append("message", "{\"resourceType\": \"Bundle\"}").append("state", state)
                .append("attempts", attempts).append("queuedAt", Date.from(queued))
                .append("nextAttemptAt", Date.from(queued)).append("lastHttpStatus", lastHttpStatus);
    }

    @Test
    void anAdministratorListsThePushesThatGaveUpWithIdsAndCodesOnly() {
        Api.Response answer = as("admin").get(PUSHES + "?state=GAVE_UP");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode first = find(answer.body(), gaveUp);
        assertThat(first.path("referralId").asText()).isEqualTo(referralId);
        assertThat(first.path("practiceOdsCode").asText()).isEqualTo("Y90001");
        assertThat(first.path("taskStatus").asText()).isEqualTo("accepted");
        assertThat(first.path("attempts").asInt()).isEqualTo(8);
        assertThat(first.path("lastFailure").asText()).isEqualTo("HTTP_STATUS");
        assertThat(first.path("lastHttpStatus").asInt()).isEqualTo(503);
        JsonNode second = find(answer.body(), noAnswer);
        assertThat(second.path("milestone").asText()).isEqualTo("started-work");
        assertThat(second.path("lastFailure").asText()).isEqualTo("NO_ANSWER");
        assertThat(answer.body().toString()).doesNotContain(pending).doesNotContain("practice.example")
                .doesNotContain("resourceType");
    }

    @ParameterizedTest
    @ValueSource(strings = {"caseworker", "outreach", "manager", "dpo", FhirClients.EXAMPLE_PRACTICE_GP})
    void everyOtherRoleIsRefusedTheListAndTheRetry(String username) {
        Api.Response list = as(username).get(PUSHES + "?state=GAVE_UP");
        Api.Response retry = as(username).post(PUSHES + "/" + gaveUp + "/retry");

        assertThat(list.status()).as(list.toString()).isEqualTo(403);
        assertThat(list.contentType()).startsWith(PROBLEM_JSON);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(403);
        assertThat(mongo.findById(gaveUp, Document.class, COLLECTION).getString("state")).isEqualTo("GAVE_UP");
    }

    @Test
    void theHandlerRefusesACaseworkerWhateverTheChannel() {
        Caller caseworker = Caller.person("caseworker", Set.of(Role.CASEWORKER), "demo-support", "test");

        assertThatThrownBy(() -> queries.query(new GenericMessage<>(new ListStatusPushes("GAVE_UP"),
                        caseworker.toMetaData()), ResponseTypes.multipleInstancesOf(StatusPushSummary.class)).join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(AccessRefusedException.class);
    }

    @Test
    void retryingAPushThatGaveUpQueuesItFromItsFirstAttemptOnce() {
        String id = referralId + ":cancelled:none";
        mongo.insert(push(id, "GAVE_UP", 8, 404), COLLECTION);

        Api.Response retried = as("admin").post(PUSHES + "/" + id + "/retry");
        Api.Response again = as("admin").post(PUSHES + "/" + id + "/retry");

        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.body().path("state").asText()).isEqualTo("PENDING");
        Document stored = mongo.findById(id, Document.class, COLLECTION);
        assertThat(stored.getString("state")).isEqualTo("PENDING");
        assertThat(stored.getInteger("attempts")).isZero();
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void aPendingPushIsNotRetriedByHand() {
        Api.Response answer = as("admin").post(PUSHES + "/" + pending + "/retry");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(mongo.findById(pending, Document.class, COLLECTION).getInteger("attempts")).isEqualTo(2);
    }

    @Test
    void anUnknownPushIsNotFound() {
        Api.Response answer = as("admin").post(PUSHES + "/" + UUID.randomUUID() + ":accepted:none/retry");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void anUnknownStateIsAFieldProblem() {
        Api.Response answer = as("admin").get(PUSHES + "?state=LOST");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().toString()).contains("state");
    }

    private static JsonNode find(JsonNode list, String pushId) {
        List<JsonNode> found = new java.util.ArrayList<>();
        list.forEach(push -> {
            if (pushId.equals(push.path("pushId").asText())) {
                found.add(push);
            }
        });
        assertThat(found).as(pushId).hasSize(1);
        return found.get(0);
    }
}
