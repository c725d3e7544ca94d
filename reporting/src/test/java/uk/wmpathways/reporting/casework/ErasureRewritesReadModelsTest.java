package uk.wmpathways.reporting.casework;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.wmpathways.caseservice.api.Disability;
import uk.wmpathways.caseservice.api.EqualityDetails;
import uk.wmpathways.caseservice.api.ErasureGround;
import uk.wmpathways.caseservice.api.EthnicGroup;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.ParticipantErased;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.caseservice.api.Sex;
import uk.wmpathways.caseservice.api.enrolment.ContactLogged;
import uk.wmpathways.caseservice.api.enrolment.ContactType;
import uk.wmpathways.caseservice.api.enrolment.EmployerContactMade;
import uk.wmpathways.caseservice.api.enrolment.JobSector;
import uk.wmpathways.caseservice.api.enrolment.JobStarted;
import uk.wmpathways.caseservice.api.enrolment.LandlordType;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.enrolment.ReturnedToRoughSleeping;
import uk.wmpathways.caseservice.api.enrolment.TenancyStarted;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;
import uk.wmpathways.caseservice.api.referral.ReferralMade;
import uk.wmpathways.infra.personaldata.DataSubjectKeys;
import uk.wmpathways.infra.personaldata.PersonalData;
import uk.wmpathways.reporting.api.HousingFirstReport;
import uk.wmpathways.reporting.api.ReportCriteria;
import uk.wmpathways.reporting.api.ReportQueries;
import uk.wmpathways.reporting.api.RoughSleepingReport;
import uk.wmpathways.reporting.api.ThriveIntoWorkReport;
import uk.wmpathways.reporting.casework.Journeys.Enrolment;
import uk.wmpathways.reporting.readmodel.ProjectionRebuilds;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An erased person: no personal value of theirs is left in any collection, the reports count them as before,
 * other people are untouched, and a rebuild of every read model afterwards gives the same documents.
 */
@SpringBootTest
class ErasureRewritesReadModelsTest {

    private static final LocalDate START = LocalDate.of(2023, 2, 6);

    @Autowired
    EventStore eventStore;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReadModelCollections collections;
    @Autowired
    ProjectionRebuilds rebuilds;
    @Autowired
    DataSubjectKeys keys;
    @Autowired
    QueryGateway queries;

    /** In every personal value of the person, and in nothing else stored. */
    private final String tag = "zq" + UUID.randomUUID().toString().substring(0, 8);
    private final String organisation = "ERASE-" + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void noPersonalValueIsLeftCountsStayOthersAreUntouchedAndARebuildGivesTheSame() {
        String person = "p-" + UUID.randomUUID();
        String other = "p-" + UUID.randomUUID();
        register(person, "Given" + tag, "Family" + tag, "07700" + tag, tag + "@example.org");
        register(other, "Kept", "Otherperson", null, null);
        Journeys journeys = new Journeys(eventStore);
        Enrolment home = journeys.housingFirst(person, "erasure-worker", organisation, START).accepted(START.plusDays(3));
        home.record(new TenancyStarted(home.id, "t-" + UUID.randomUUID(), "Flat 3, " + tag + " Road", LandlordType.SOCIAL,
                START.plusDays(30), null, "caseworker", Journeys.RECORDED_AT));
        home.record(new ContactLogged(home.id, "c-1", ContactType.FACE_TO_FACE, 30,
                "Worried about her brother " + tag, START.plusDays(40), null, "caseworker", Journeys.RECORDED_AT));
        home.closed(START.plusDays(400));
        Enrolment street = journeys.roughSleeping(person, "erasure-worker", organisation, START);
        street.record(new ReturnedToRoughSleeping(street.id, START.plusDays(50), "Doorway of " + tag, null,
                "outreach", Journeys.RECORDED_AT));
        street.closed(START.plusDays(60));
        Enrolment work = journeys.thriveIntoWork(person, "erasure-worker", organisation, START)
                .consented(START.plusDays(2)).allocated(TrialArm.TREATMENT, START.plusDays(3));
        work.record(new EmployerContactMade(work.id, "ec-1", "Employer " + tag, true, START.plusDays(10), null,
                "caseworker", Journeys.RECORDED_AT));
        work.record(new JobStarted(work.id, "j-1", "Employer " + tag, "Porter " + tag, JobSector.CLEANING,
                new BigDecimal("16"), new BigDecimal("11.44"), START.plusDays(20), null, "caseworker",
                Journeys.RECORDED_AT));
        work.closed(START.plusDays(300));
        String referral = "r-" + UUID.randomUUID();
        eventStore.publish(new GenericDomainEventMessage<>("Referral", referral, 0, new ReferralMade(referral, person,
                Pathway.HOUSING_FIRST, organisation, "OTHER-ORG", "caseworker", "Needs a flat, see " + tag,
                Journeys.RECORDED_AT)));
        awaitCaughtUp(work);
        List<Object> reportsBefore = reports();
        List<Document> rowsBefore = outcomeRowsWithoutThePerson();
        assertThat(rowsBefore).hasSize(3);
        assertThat(documentsHolding(tag)).isNotEmpty();

        Instant erasedAt = Instant.parse("2026-12-03T09:00:00Z");
        keys.destroy(person, erasedAt); // as the write side's erasure does, with the event
        eventStore.publish(new GenericDomainEventMessage<>("Participant", person, 1, new ParticipantErased(person,
                ErasureGround.CONSENT_WITHDRAWN, "dpo", erasedAt)));
        awaitErased(person);
        // The casework projection writes the name first and the enrolments after it, in the same handler.
        await().atMost(Duration.ofSeconds(30)).until(() -> documentsHolding(tag).isEmpty());
        assertThat(mongo.getCollection(collections.live("participants")).find(new Document("_id", other)).first()
                .getString("familyName")).isEqualTo("Otherperson");
        assertThat(reports()).isEqualTo(reportsBefore);
        assertThat(outcomeRowsWithoutThePerson()).isEqualTo(rowsBefore);

        for (String projection : List.of("participants", CaseworkProjection.PROCESSING_GROUP, "outcomes")) {
            Map<String, List<Document>> before = everyPart(projection);
            rebuilds.start(projection);
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    rebuilds.status(projection).state() == ProjectionRebuilds.State.IDLE);
            assertThat(everyPart(projection)).as(projection).isEqualTo(before);
        }
        assertThat(documentsHolding(tag)).isEmpty();
    }

    private void register(String id, String given, String family, String phone, String email) {
        ParticipantRegistered event = new ParticipantRegistered(id, given, family, LocalDate.of(1977, 8, 9), null,
                LocalAuthority.DUDLEY, phone, email, "caseworker", Instant.parse("2023-02-01T09:30:00Z"),
                new EqualityDetails(EthnicGroup.values()[1], Sex.values()[0], Disability.YES), organisation);
        eventStore.publish(new GenericDomainEventMessage<>("Participant", id, 0, event));
    }

    private List<Object> reports() {
        ReportCriteria year = new ReportCriteria(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), null, null,
                organisation, null);
        return List.of(
                queries.query(new ReportQueries.HousingFirstOutcomes(year), HousingFirstReport.class).join(),
                queries.query(new ReportQueries.RoughSleepingOutcomes(year), RoughSleepingReport.class).join(),
                queries.query(new ReportQueries.ThriveIntoWorkOutcomes(year), ThriveIntoWorkReport.class).join());
    }

    /**
     * The organisation's outcome rows, every fact but the person's own (date of birth, equality details) and the
     * count of rewrites in place, which the erasure moves on so that no report uses a copy decoded before it.
     */
    private List<Document> outcomeRowsWithoutThePerson() {
        List<Document> rows = mongo.getCollection(collections.live("outcomes", "enrolment_versions"))
                .find(new Document("facts.providerOrganisation", organisation)).into(new ArrayList<>());
        rows.forEach(row -> {
            row.get("facts", Document.class).remove("participant");
            row.remove("rewrites");
        });
        rows.sort(Comparator.comparing(row -> row.getString("_id")));
        return rows;
    }

    private void awaitCaughtUp(Enrolment last) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Document enrolment = mongo.getCollection(collections.live(CaseworkProjection.PROCESSING_GROUP,
                    CaseworkProjection.ENROLMENTS)).find(new Document("_id", last.id)).first();
            Document row = mongo.getCollection(collections.live("outcomes", "enrolment_versions"))
                    .find(new Document("_id", last.id)).first();
            return enrolment != null && enrolment.getLong("lastSequence") == last.version()
                    && row != null && row.get("lastSequence", Number.class).longValue() == last.version()
                    && !documentsHolding("Needs a flat, see " + tag).isEmpty();
        });
    }

    private void awaitErased(String person) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Document participant = mongo.getCollection(collections.live("participants"))
                    .find(new Document("_id", person)).first();
            Document name = mongo.getCollection(collections.live(CaseworkProjection.PROCESSING_GROUP,
                    CaseworkProjection.PARTICIPANTS)).find(new Document("_id", person)).first();
            Document facts = mongo.getCollection(collections.live("outcomes", "participants"))
                    .find(new Document("_id", person)).first();
            return participant != null && PersonalData.ERASED.equals(participant.getString("givenName"))
                    && name != null && CaseworkErasure.ERASED_NAME.equals(name.getString("name"))
                    && facts != null && facts.get("facts", Document.class).get("dateOfBirth") == null;
        });
    }

    /** Every stored document, in any collection, whose JSON contains the text. */
    private List<String> documentsHolding(String text) {
        List<String> found = new ArrayList<>();
        for (String name : mongo.getDb().listCollectionNames()) {
            for (Document document : mongo.getCollection(name).find()) {
                if (document.toJson().contains(text)) {
                    found.add(name + "/" + document.get("_id"));
                }
            }
        }
        return found;
    }

    private Map<String, List<Document>> everyPart(String projection) {
        Map<String, List<Document>> parts = new LinkedHashMap<>();
        String prefix = collections.live(projection);
        for (String name : mongo.getDb().listCollectionNames()) {
            if (name.equals(prefix) || name.startsWith(prefix + "_") || name.startsWith(prefix + ".")) {
                List<Document> documents = mongo.getCollection(name).find().into(new ArrayList<>());
                documents.sort(Comparator.comparing(document -> String.valueOf(document.get("_id"))));
                parts.put(name.substring(prefix.length()), documents);
            }
        }
        return parts;
    }
}
