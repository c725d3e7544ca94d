package uk.wmpathways.reporting.outcomes;

import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import uk.wmpathways.caseservice.api.enrolment.ContactLogged;
import uk.wmpathways.caseservice.api.enrolment.ContactType;
import uk.wmpathways.caseservice.api.enrolment.EmergencyAccommodationPlaced;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentEvent;
import uk.wmpathways.caseservice.api.enrolment.MovedOn;
import uk.wmpathways.caseservice.api.enrolment.OutreachContactMade;
import uk.wmpathways.caseservice.api.enrolment.ReturnedToRoughSleeping;
import uk.wmpathways.infra.readmodel.BatchedWrites;
import uk.wmpathways.infra.readmodel.SequencedWrites;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The days on which each Rough Sleeping Initiative enrolment recorded the person in touch with the service, each
 * with the day it became known, for "new" (domain.md: no contact in the same area in the 60 months before an
 * enrolment's first contact), which an older enrolment's later contacts can deny.
 * <p>
 * Kept apart from the enrolment's versions ({@link VersionedFacts}) so that a contact, which changes no outcome
 * fact, opens no version of the rows every report reads. A report reads these days only for the enrolments that
 * started before the 60 months it looks at, which are few.
 * <p>
 * In touch: the first outreach contact, a logged contact that reached the person (an attempted one did not), a
 * placement in emergency accommodation, a move-on, and a sighting sleeping rough again. One document per
 * enrolment, {@code {_id, lastSequence, days: [{on, knownOn}]}}, each day once with the first day it was known;
 * idempotent by sequence number like {@link SequencedWrites}.
 */
final class RoughSleepingContacts {

    static final String PART = "rough_sleeping_contacts";

    private static final String DAYS = "days";
    private static final String ON = "on";
    private static final String KNOWN_ON = "knownOn";

    /** For {@link BatchedWrites#prefetch}: the enrolments of a batch's events that may record a day in touch. */
    static final Function<EventMessage<?>, String> ENROLMENTS_IN_TOUCH = message ->
            message.getPayload() instanceof EnrolmentEvent event && dayInTouch(event).isPresent()
                    ? event.enrolmentId() : null;

    private RoughSleepingContacts() {
    }

    /** The day the event records the person in touch with the service, if it does (any pathway's contact). */
    static Optional<LocalDate> dayInTouch(EnrolmentEvent event) {
        if (event instanceof OutreachContactMade e) {
            return Optional.of(e.contactedOn());
        }
        if (event instanceof ContactLogged e) {
            return e.type() == ContactType.ATTEMPTED ? Optional.empty() : Optional.of(e.contactedOn());
        }
        if (event instanceof EmergencyAccommodationPlaced e) {
            return Optional.of(e.placedOn());
        }
        if (event instanceof MovedOn e) {
            return Optional.of(e.movedOn());
        }
        if (event instanceof ReturnedToRoughSleeping e) {
            return Optional.of(e.seenOn());
        }
        return Optional.empty();
    }

    /** Adds {@code day}, known from {@code knownOn}, to the enrolment's days, unless event {@code sequence} is in. */
    static void record(MongoTemplate mongo, String collection, String enrolmentId, long sequence, LocalDate day,
                       LocalDate knownOn) {
        BatchedWrites writes = BatchedWrites.of(mongo);
        Document kept = writes.findById(enrolmentId, Document.class, collection);
        if (kept != null && kept.get(SequencedWrites.LAST_SEQUENCE, Number.class).longValue() >= sequence) {
            return; // applied already: delivered again after a crash, or replayed
        }
        List<Document> days = kept == null ? new ArrayList<>() : new ArrayList<>(kept.getList(DAYS, Document.class));
        if (days.stream().noneMatch(known -> known.getString(ON).equals(day.toString()))) {
            days.add(new Document(ON, day.toString()).append(KNOWN_ON, knownOn.toString()));
        }
        writes.save(new Document("_id", enrolmentId).append(SequencedWrites.LAST_SEQUENCE, sequence)
                .append(DAYS, days), collection);
    }

    /** Each enrolment's days in touch as known at the end of {@code asAt} (null: now); one query. */
    static Map<String, List<LocalDate>> knownAt(MongoTemplate mongo, String collection,
                                                Collection<String> enrolmentIds, LocalDate asAt) {
        Map<String, List<LocalDate>> daysOf = new HashMap<>();
        if (enrolmentIds.isEmpty()) {
            return daysOf;
        }
        for (Document kept : mongo.find(Query.query(Criteria.where("_id").in(enrolmentIds)), Document.class,
                collection)) {
            daysOf.put(kept.getString("_id"), kept.getList(DAYS, Document.class).stream()
                    .filter(known -> asAt == null || !LocalDate.parse(known.getString(KNOWN_ON)).isAfter(asAt))
                    .map(known -> LocalDate.parse(known.getString(ON)))
                    .toList());
        }
        return daysOf;
    }
}
