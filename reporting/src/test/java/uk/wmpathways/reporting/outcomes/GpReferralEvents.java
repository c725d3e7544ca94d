package uk.wmpathways.reporting.outcomes;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.ContactLogged;
import uk.wmpathways.caseservice.api.enrolment.ContactType;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.ReferredToThriveIntoWork;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkReferralSource;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralAccepted;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralCancelled;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralReceived;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralRejected;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralRejectionReason;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;
import static uk.wmpathways.reporting.outcomes.History.noonOf;

/**
 * Publishes GP referrals and their Thrive into Work enrolments to the event store as the write side would (each
 * aggregate's events numbered from 0, each recorded at noon on the day it is about), and waits for the GP
 * referral figures to have them.
 */
final class GpReferralEvents {

    private final EventStore eventStore;
    private final MongoTemplate mongo;
    private final ReadModelCollections collections;
    private final Map<String, Long> sequences = new HashMap<>();

    GpReferralEvents(EventStore eventStore, MongoTemplate mongo, ReadModelCollections collections) {
        this.eventStore = eventStore;
        this.mongo = mongo;
        this.collections = collections;
    }

    /** A referral from {@code practice}, written the day before and received on {@code receivedOn}; its id. */
    String received(String practice, LocalDate receivedOn) {
        String referralId = "gpr-" + UUID.randomUUID();
        publish("GpReferral", referralId, new GpReferralReceived(referralId, practice, "Practice " + practice, null,
                null, null, null, "Test", "Person", LocalDate.of(1980, 1, 1), null, null, null, null, null,
                receivedOn.minusDays(1), null, null, null, "gp-" + practice, noonOf(receivedOn), "WORK-WELL"));
        return referralId;
    }

    /** Accepted on {@code on} into a new Thrive into Work enrolment ({@code enrolmentFirst}: its start published first); its id. */
    String accepted(String referralId, LocalDate on, LocalAuthority area, String provider, boolean enrolmentFirst) {
        String enrolmentId = "e-" + UUID.randomUUID();
        ReferredToThriveIntoWork start = new ReferredToThriveIntoWork(enrolmentId, "p-" + UUID.randomUUID(), provider,
                area, FundingStream.THRIVE_INTO_WORK_EXPANSION, null, ThriveIntoWorkReferralSource.GP, null, on, null,
                "caseworker", noonOf(on));
        GpReferralAccepted acceptance = new GpReferralAccepted(referralId, start.participantId(), enrolmentId,
                "caseworker", noonOf(on));
        if (enrolmentFirst) {
            publish("Enrolment", enrolmentId, start);
            publish("GpReferral", referralId, acceptance);
        } else {
            publish("GpReferral", referralId, acceptance);
            publish("Enrolment", enrolmentId, start);
        }
        return enrolmentId;
    }

    void rejected(String referralId, GpReferralRejectionReason reason, LocalDate on) {
        publish("GpReferral", referralId, new GpReferralRejected(referralId, reason, null, "caseworker", noonOf(on)));
    }

    void cancelled(String referralId, LocalDate on) {
        publish("GpReferral", referralId, new GpReferralCancelled(referralId, "gp", noonOf(on)));
    }

    void contact(String enrolmentId, ContactType type, LocalDate contactedOn, LocalDate recordedOn) {
        publish("Enrolment", enrolmentId, new ContactLogged(enrolmentId, "c-" + UUID.randomUUID(), type, 20, null,
                contactedOn, null, "caseworker", noonOf(recordedOn)));
    }

    /** Waits until the referral's current facts pass {@code test}. */
    void awaitReferral(String referralId, Predicate<Document> test) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Document current = mongo.findById(referralId, Document.class, collections.live(
                    GpReferralFiguresProjection.PROCESSING_GROUP, GpReferralFiguresProjection.REFERRAL_VERSIONS));
            return current != null && test.test(current.get(VersionedFacts.FACTS, Document.class));
        });
    }

    static Predicate<Document> status(GpReferralRow.Status status) {
        return facts -> status.name().equals(facts.getString("status"));
    }

    static Predicate<Document> contactedOn(LocalDate day) {
        return facts -> facts.get("enrolment") instanceof Document enrolment
                && day.toString().equals(enrolment.getString("firstContactOn"));
    }

    private void publish(String type, String aggregateId, Object event) {
        long sequence = sequences.merge(aggregateId, 0L, (last, zero) -> last + 1);
        eventStore.publish(new GenericDomainEventMessage<>(type, aggregateId, sequence, event));
    }
}
