package uk.wmpathways.reporting.casework;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.caseservice.api.enrolment.ContactType;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;
import uk.wmpathways.reporting.casework.Journeys.Enrolment;
import uk.wmpathways.reporting.readmodel.ProjectionRebuilds;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The casework read model rebuilt from the events is the one built live, part for part. */
@SpringBootTest
class CaseworkRebuildTest {

    private static final List<String> PARTS = List.of(CaseworkProjection.ENROLMENTS, CaseworkProjection.DUE_ITEMS,
            CaseworkProjection.TIMELINE, CaseworkProjection.PARTICIPANTS);

    @Autowired
    EventStore eventStore;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReadModelCollections collections;
    @Autowired
    ProjectionRebuilds rebuilds;

    @Test
    void aRebuildGivesTheSameEnrolmentsDueItemsTimelineAndNames() {
        Journeys journeys = new Journeys(eventStore);
        List<Enrolment> enrolments = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ParticipantRegistered person = journeys.register("Rebuilt" + i, "Person");
            LocalDate start = LocalDate.of(2025, 1, 6).plusDays(i);
            Enrolment housing = journeys.housingFirst(person.participantId(), "rebuild-worker", "DEMO-SUPPORT", start)
                    .accepted(start.plusDays(3));
            String tenancyId = housing.tenancyStarted(start.plusDays(20));
            housing.tenancyChecked(tenancyId, 6, start.plusDays(20).plusMonths(6));
            Enrolment work = journeys.thriveIntoWork(person.participantId(), "rebuild-worker", "WORK-WELL", start)
                    .consented(start.plusDays(2))
                    .allocated(i % 2 == 0 ? TrialArm.TREATMENT : TrialArm.CONTROL, start.plusDays(3));
            work.jobStarted(start.plusDays(40));
            Enrolment street = journeys.roughSleeping(person.participantId(), "rebuild-worker", "STREET-OUTREACH", start)
                    .contact(ContactType.VIDEO, start.plusDays(5));
            if (i % 3 == 0) {
                street.closed(start.plusDays(9));
            }
            enrolments.addAll(List.of(housing, work, street));
        }
        String liveBefore = collections.live(CaseworkProjection.PROCESSING_GROUP);
        // Events are handled in order: once the last one is in, every earlier one (other tests' too) is.
        Enrolment last = enrolments.get(enrolments.size() - 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Document document = mongo.getCollection(collections.live(CaseworkProjection.PROCESSING_GROUP,
                    CaseworkProjection.ENROLMENTS)).find(new Document("_id", last.id)).first();
            return document != null && document.getLong("lastSequence") == last.version();
        });
        Map<String, List<Document>> built = everyPart();
        assertThat(built.get(CaseworkProjection.DUE_ITEMS)).isNotEmpty();

        rebuilds.start(CaseworkProjection.PROCESSING_GROUP);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                rebuilds.status(CaseworkProjection.PROCESSING_GROUP).state() == ProjectionRebuilds.State.IDLE);

        assertThat(collections.live(CaseworkProjection.PROCESSING_GROUP)).isNotEqualTo(liveBefore);
        Map<String, List<Document>> rebuilt = everyPart();
        for (String part : PARTS) {
            assertThat(rebuilt.get(part)).as(part).isEqualTo(built.get(part));
        }
    }

    private Map<String, List<Document>> everyPart() {
        Map<String, List<Document>> parts = new LinkedHashMap<>();
        for (String part : PARTS) {
            List<Document> documents = mongo.getCollection(collections.live(CaseworkProjection.PROCESSING_GROUP, part))
                    .find().into(new ArrayList<>());
            documents.sort(Comparator.comparing(document -> document.getString("_id")));
            parts.put(part, documents);
        }
        return parts;
    }
}
