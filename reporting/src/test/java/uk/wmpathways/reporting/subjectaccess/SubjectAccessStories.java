package uk.wmpathways.reporting.subjectaccess;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.ParticipantContactDetailsChanged;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.caseservice.api.enrolment.ContactLogged;
import uk.wmpathways.caseservice.api.enrolment.ContactType;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentEvent;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstEligibilityAssessed;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstReferralSource;
import uk.wmpathways.caseservice.api.enrolment.OutreachContactMade;
import uk.wmpathways.caseservice.api.enrolment.ReferredToHousingFirst;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.referral.ReferralMade;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * People and their histories as the write side records them (aggregate types "Participant", "Enrolment",
 * "Referral", sequence numbers from 0), for the subject access tests. Counts every event it publishes.
 */
final class SubjectAccessStories {

    static final Instant RECORDED_AT = Instant.parse("2025-06-01T10:00:00Z");

    private final EventStore eventStore;
    int published;

    SubjectAccessStories(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    static String nhsNumber() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }

    ParticipantRegistered register(String givenName, String familyName, String nhsNumber) {
        ParticipantRegistered event = new ParticipantRegistered("p-" + UUID.randomUUID(), givenName, familyName,
                LocalDate.of(1980, 5, 17), nhsNumber, LocalAuthority.DUDLEY, "07700 900" + nhsNumber.substring(7),
                null, "caseworker", Instant.parse("2025-01-02T09:30:00Z"));
        publish("Participant", event.participantId(), 0, event);
        return event;
    }

    void contactDetailsChanged(String participantId, long sequence) {
        publish("Participant", participantId, sequence, new ParticipantContactDetailsChanged(participantId,
                "07700 900123", null, "caseworker", RECORDED_AT));
    }

    /** A Housing First enrolment, accepted, with one contact whose note is {@code note}; answers its id. */
    String housingFirst(String participantId, String organisation, String note, int moreContacts) {
        String id = "e-" + UUID.randomUUID();
        long sequence = 0;
        publish("Enrolment", id, sequence++, new ReferredToHousingFirst(id, participantId, organisation,
                LocalAuthority.DUDLEY, FundingStream.HOUSING_FIRST_PILOT, "caseworker",
                HousingFirstReferralSource.HOSTEL, LocalDate.of(2025, 5, 1), null, "caseworker", RECORDED_AT));
        publish("Enrolment", id, sequence++, new HousingFirstEligibilityAssessed(id, true, null,
                LocalDate.of(2025, 5, 2), null, "caseworker", RECORDED_AT));
        publish("Enrolment", id, sequence++, contact(id, note, LocalDate.of(2025, 5, 3)));
        for (int i = 0; i < moreContacts; i++) {
            publish("Enrolment", id, sequence++, contact(id, "Weekly visit " + i, LocalDate.of(2025, 5, 4)
                    .plusDays(i % 300)));
        }
        return id;
    }

    String roughSleeping(String participantId, String organisation) {
        String id = "e-" + UUID.randomUUID();
        publish("Enrolment", id, 0, new OutreachContactMade(id, participantId, organisation, LocalAuthority.BIRMINGHAM,
                FundingStream.ROUGH_SLEEPING_INITIATIVE, "outreach", LocalDate.of(2025, 4, 1), "Moor Street", true,
                null, "outreach", RECORDED_AT));
        return id;
    }

    String referral(String participantId, String from, String to) {
        String id = "r-" + UUID.randomUUID();
        publish("Referral", id, 0, new ReferralMade(id, participantId, Pathway.HOUSING_FIRST, from, to, "caseworker",
                "Needs a settled home", RECORDED_AT));
        return id;
    }

    private static EnrolmentEvent contact(String enrolmentId, String note, LocalDate on) {
        return new ContactLogged(enrolmentId, "c-" + UUID.randomUUID(), ContactType.FACE_TO_FACE, 30, note, on, null,
                "caseworker", RECORDED_AT);
    }

    private void publish(String type, String id, long sequence, Object event) {
        eventStore.publish(new GenericDomainEventMessage<>(type, id, sequence, event));
        published++;
    }
}
