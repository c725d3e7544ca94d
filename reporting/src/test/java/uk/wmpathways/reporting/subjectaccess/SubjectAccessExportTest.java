package uk.wmpathways.reporting.subjectaccess;

import uk.wmpathways.reporting.api.SubjectAccessRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.infra.access.AccessAction;
import uk.wmpathways.infra.access.AccessLog;
import uk.wmpathways.infra.access.AccessPurpose;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;
import uk.wmpathways.reporting.api.SubjectAccessQueries.ExportFormat;
import uk.wmpathways.reporting.api.SubjectAccessQueries.FetchSubjectAccessExport;
import uk.wmpathways.reporting.api.SubjectAccessQueries.FindSubjectAccessRequest;
import uk.wmpathways.reporting.api.SubjectAccessQueries.StartSubjectAccess;
import uk.wmpathways.reporting.api.SubjectAccessQueries.SubjectAccessFile;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The export holds every event of the person (their own stream, each enrolment's and each referral's, whatever
 * the types), their read-model rows and who looked at them, and nothing of another person registered beside
 * them; a note that names another registered person is flagged.
 */
@SpringBootTest
class SubjectAccessExportTest {

    private static final Caller CASEWORKER = Caller.person("caseworker", Set.of(Role.CASEWORKER), "ORG-SAR",
            "API GET /api/participants/x");

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queries;
    @Autowired
    AccessLog accessLog;
    @Autowired
    SubjectAccessExporter exporter;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReadModelCollections collections;
    @Autowired
    SubjectAccessRunner runner;
    @Autowired
    SubjectAccessRequests requests;
    @Autowired
    ThirdPartyNotes thirdPartyNotes;

    private final String run = UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
    private SubjectAccessStories stories;

    @BeforeEach
    void setUp() {
        stories = new SubjectAccessStories(eventStore);
    }

    private SubjectAccessRequest awaitFinished(String requestId) {
        SubjectAccessRequest[] seen = new SubjectAccessRequest[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            seen[0] = queries.query(new FindSubjectAccessRequest(requestId),
                    ResponseTypes.instanceOf(SubjectAccessRequest.class)).join();
            return seen[0].status() == SubjectAccessRequest.Status.READY
                    || seen[0].status() == SubjectAccessRequest.Status.FAILED;
        });
        return seen[0];
    }

    private String file(String requestId, ExportFormat format) {
        SubjectAccessFile file = queries.query(new FetchSubjectAccessExport(requestId, format),
                ResponseTypes.instanceOf(SubjectAccessFile.class)).join();
        return new String(file.content(), StandardCharsets.UTF_8);
    }

    @Test
    void theExportHoldsEveryEventOfThePersonAndNothingOfAnyoneElse() throws Exception {
        String otherNhs = SubjectAccessStories.nhsNumber();
        ParticipantRegistered other = stories.register("Quentin", "Otherperson" + run, otherNhs);
        stories.housingFirst(other.participantId(), "ORG-SAR", "Private to Quentin", 0);
        ParticipantRegistered mentioned = stories.register("Jordan", "Castellano" + run, SubjectAccessStories.nhsNumber());
        int othersEvents = stories.published;

        ParticipantRegistered person = stories.register("Alex", "Subject" + run, SubjectAccessStories.nhsNumber());
        stories.contactDetailsChanged(person.participantId(), 1);
        String housingFirst = stories.housingFirst(person.participantId(), "ORG-SAR",
                "Met Jordan Castellano" + run + " at the hostel <script>alert(1)</script>", 2);
        String roughSleeping = stories.roughSleeping(person.participantId(), "ORG-OUT");
        String referral = stories.referral(person.participantId(), "ORG-SAR", "ORG-HF");
        int personsEvents = stories.published - othersEvents;
        accessLog.record(CASEWORKER, AccessAction.VIEW_PARTICIPANT, AccessPurpose.OWN_ORGANISATION,
                List.of(person.participantId()), null);
        accessLog.recordSearch(CASEWORKER, AccessAction.SEARCH_PARTICIPANTS, "text=Otherperson" + run,
                List.of(person.participantId(), other.participantId()));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> exporter.streamsOf(person.participantId()).size() == 4
                        && mongo.findById(roughSleeping, Document.class,
                        collections.live("outcomes", "rough_sleeping_contacts")) != null);

        SubjectAccessRequest started = queries.query(new StartSubjectAccess(person.participantId()),
                ResponseTypes.instanceOf(SubjectAccessRequest.class)).join();
        assertThat(started.dueBy()).isEqualTo(started.receivedOn().plusMonths(1));
        SubjectAccessRequest finished = awaitFinished(started.id());

        assertThat(finished.status()).isEqualTo(SubjectAccessRequest.Status.READY);
        assertThat(finished.done()).isEqualTo(finished.total()).isEqualTo(4 + 2);
        String json = file(started.id(), ExportFormat.JSON);
        JsonNode export = new ObjectMapper().readTree(json);
        JsonNode events = export.get("events");
        assertThat(events).hasSize(personsEvents);
        List<String> types = new ArrayList<>();
        events.forEach(event -> types.add(event.get("type").asText()));
        assertThat(types).contains("ParticipantRegistered", "ParticipantContactDetailsChanged",
                "ReferredToHousingFirst", "HousingFirstEligibilityAssessed", "ContactLogged", "OutreachContactMade",
                "ReferralMade");
        List<String> streams = new ArrayList<>();
        events.forEach(event -> streams.add(event.get("aggregateId").asText()));
        assertThat(streams).contains(person.participantId(), housingFirst, roughSleeping, referral);
        events.forEach(event -> {
            assertThat(event.get("revision").asText()).isNotBlank();
            assertThat(event.get("timestamp").asText()).isNotBlank();
            assertThat(event.get("recordedBy").asText()).isIn("caseworker", "outreach");
            assertThat(event.get("payload").isObject()).isTrue();
        });

        JsonNode models = export.get("readModels");
        assertThat(models.get("participant").get(0).get("familyName").asText()).isEqualTo("Subject" + run);
        assertThat(models.get("enrolments")).hasSize(2);
        assertThat(models.get("referrals")).hasSize(1);
        assertThat(models.get("timeline")).isNotEmpty();
        assertThat(models.get("outcomeRoughSleepingContactDays")).extracting(row -> row.get("_id").asText())
                .containsExactly(roughSleeping);
        models.get("timeline").forEach(entry ->
                assertThat(entry.get("participantId").asText()).isEqualTo(person.participantId()));
        assertThat(export.get("accessLog")).as("the caseworker's view and search; the application's own reads are not logged")
                .hasSize(2);
        assertThat(export.get("accessLog").get(0).get("search").asBoolean()).isTrue();
        assertThat(export.get("accessLog").get(1).get("action").asText()).isEqualTo("VIEW_PARTICIPANT");

        assertThat(json).doesNotContain("Otherperson" + run).doesNotContain(otherNhs)
                .doesNotContain(other.participantId()).doesNotContain("Quentin")
                .doesNotContain(mentioned.participantId()).doesNotContain(mentioned.nhsNumber());

        JsonNode flags = export.get("reviewBeforeRelease");
        assertThat(flags).as("three contact notes and the referral's reason: every free text").hasSize(4);
        assertThat(flags.toString()).contains("NAMES_REGISTERED_PERSON");
        assertThat(finished.flaggedNotes()).isEqualTo(4);
        assertThat(finished.namingOthers()).isEqualTo(1);

        String html = file(started.id(), ExportFormat.HTML);
        assertThat(html).contains("<h2>Who you are</h2>", "<h2>Your support</h2>",
                "<h2>Who looked at your record</h2>", "<h2>What you agreed to</h2>", "Subject" + run,
                "&lt;script&gt;alert(1)&lt;/script&gt;", "Review before release")
                .doesNotContain("<script>").doesNotContain("Otherperson" + run).doesNotContain(otherNhs);
    }

    @Test
    void aNoteIsFlaggedWhenItNamesAnotherRegisteredPersonOrARelative() {
        ParticipantRegistered named = stories.register("Morgan", "Fairweather" + run, SubjectAccessStories.nhsNumber());
        assertThat(ThirdPartyNotes.isFreeText("note", "Talked about rent")).isTrue();
        assertThat(ThirdPartyNotes.isFreeText("exitReason", "DISENGAGED")).isFalse();
        assertThat(ThirdPartyNotes.isFreeText("participantId", "Talked about rent")).isFalse();
        await().atMost(Duration.ofSeconds(20)).until(() -> flagsFor("x", "Saw Morgan Fairweather" + run + " today")
                .contains(ThirdPartyNotes.Reason.NAMES_REGISTERED_PERSON));
        assertThat(flagsFor("x", "Spoke with her son about school"))
                .containsExactly(ThirdPartyNotes.Reason.FREE_TEXT, ThirdPartyNotes.Reason.MENTIONS_RELATIONSHIP);
        assertThat(flagsFor("x", "Fairweather" + run + " called"))
                .contains(ThirdPartyNotes.Reason.MAY_NAME_REGISTERED_PERSON);
        assertThat(flagsFor("x", "Talked about rent")).containsExactly(ThirdPartyNotes.Reason.FREE_TEXT);
        assertThat(flagsFor(named.participantId(), "Morgan Fairweather" + run + " came in"))
                .as("the person's own name is not a third party").containsExactly(ThirdPartyNotes.Reason.FREE_TEXT);
    }

    private List<ThirdPartyNotes.Reason> flagsFor(String participantId, String text) {
        return thirdPartyNotes.reasons(participantId, text);
    }

    @Test
    void timeToProduceOneExportForAPersonWithARealisticHistory() {
        ParticipantRegistered person = stories.register("Sam", "Busy" + run, SubjectAccessStories.nhsNumber());
        for (int i = 1; i <= 10; i++) {
            stories.contactDetailsChanged(person.participantId(), i);
        }
        stories.housingFirst(person.participantId(), "ORG-SAR", "First visit", 150);
        stories.housingFirst(person.participantId(), "ORG-SAR", "Second enrolment", 60);
        stories.roughSleeping(person.participantId(), "ORG-OUT");
        stories.referral(person.participantId(), "ORG-SAR", "ORG-HF");
        for (int i = 0; i < 200; i++) {
            accessLog.record(CASEWORKER, AccessAction.VIEW_PARTICIPANT, AccessPurpose.OWN_ORGANISATION,
                    List.of(person.participantId()), null);
        }
        int events = stories.published;
        await().atMost(Duration.ofSeconds(60)).until(() -> exporter.streamsOf(person.participantId()).size() == 5);
        SubjectAccessRequest request = SubjectAccessRequest.received("timing-" + run, person.participantId(),
                "dpo", LocalDate.now(), java.time.Instant.now());
        requests.add(request);

        long start = System.nanoTime();
        SubjectAccessRequest finished = runner.run(request, Caller.system("test"));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(finished.status()).isEqualTo(SubjectAccessRequest.Status.READY);
        System.out.printf("Subject access export: %d events in 5 streams, 200 access log entries, %d notes "
                + "flagged: %d ms%n", events, finished.flaggedNotes(), millis);
    }
}
