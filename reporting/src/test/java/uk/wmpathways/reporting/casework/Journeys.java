package uk.wmpathways.reporting.casework;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.caseservice.api.enrolment.ContactLogged;
import uk.wmpathways.caseservice.api.enrolment.ContactType;
import uk.wmpathways.caseservice.api.enrolment.EligibilityAndConsentRecorded;
import uk.wmpathways.caseservice.api.enrolment.EmployerContactMade;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentClosed;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentEvent;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentReopened;
import uk.wmpathways.caseservice.api.enrolment.ExitDestination;
import uk.wmpathways.caseservice.api.enrolment.ExitReason;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstEligibilityAssessed;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstReferralSource;
import uk.wmpathways.caseservice.api.enrolment.JobSector;
import uk.wmpathways.caseservice.api.enrolment.JobStarted;
import uk.wmpathways.caseservice.api.enrolment.JobSustainmentChecked;
import uk.wmpathways.caseservice.api.enrolment.LandlordType;
import uk.wmpathways.caseservice.api.enrolment.OutreachContactMade;
import uk.wmpathways.caseservice.api.enrolment.ReferredToHousingFirst;
import uk.wmpathways.caseservice.api.enrolment.ReferredToThriveIntoWork;
import uk.wmpathways.caseservice.api.enrolment.TenancyStarted;
import uk.wmpathways.caseservice.api.enrolment.TenancySustainmentChecked;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkReferralSource;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;
import uk.wmpathways.caseservice.api.enrolment.TrialArmAllocated;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Publishes participants and enrolment events to the event store as the write side would (aggregate type
 * "Enrolment", sequence numbers from 0), with short factories for the events the tests need.
 */
final class Journeys {

    static final Instant RECORDED_AT = Instant.parse("2025-06-01T10:00:00Z");

    private final EventStore eventStore;

    Journeys(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    ParticipantRegistered register(String givenName, String familyName) {
        ParticipantRegistered event = new ParticipantRegistered("p-" + UUID.randomUUID(), givenName, familyName,
                LocalDate.of(1980, 5, 17), null, LocalAuthority.DUDLEY, null, null, "caseworker",
                Instant.parse("2025-01-02T09:30:00Z"));
        eventStore.publish(new GenericDomainEventMessage<>("Participant", event.participantId(), 0, event));
        return event;
    }

    Enrolment housingFirst(String participantId, String worker, String organisation, LocalDate referredOn) {
        Enrolment enrolment = new Enrolment();
        enrolment.record(new ReferredToHousingFirst(enrolment.id, participantId, organisation, LocalAuthority.DUDLEY,
                FundingStream.HOUSING_FIRST_PILOT, worker, HousingFirstReferralSource.HOSTEL, referredOn, null,
                "caseworker", RECORDED_AT));
        return enrolment;
    }

    Enrolment roughSleeping(String participantId, String worker, String organisation, LocalDate contactedOn) {
        Enrolment enrolment = new Enrolment();
        enrolment.record(new OutreachContactMade(enrolment.id, participantId, organisation, LocalAuthority.BIRMINGHAM,
                FundingStream.ROUGH_SLEEPING_INITIATIVE, worker, contactedOn, "Moor Street", true, null, "outreach",
                RECORDED_AT));
        return enrolment;
    }

    Enrolment thriveIntoWork(String participantId, String worker, String organisation, LocalDate referredOn) {
        return thriveIntoWork(participantId, worker, organisation, referredOn, FundingStream.THRIVE_INTO_WORK_TRIAL);
    }

    Enrolment thriveIntoWork(String participantId, String worker, String organisation, LocalDate referredOn,
                             FundingStream stream) {
        Enrolment enrolment = new Enrolment();
        enrolment.record(new ReferredToThriveIntoWork(enrolment.id, participantId, organisation, LocalAuthority.WALSALL,
                stream, worker, ThriveIntoWorkReferralSource.GP, "M92001", referredOn,
                null, "gp", RECORDED_AT));
        return enrolment;
    }

    /** One enrolment's stream: each event recorded gets the next sequence number. */
    final class Enrolment {
        final String id = "e-" + UUID.randomUUID();
        private long nextSequence = 0;
        GenericDomainEventMessage<EnrolmentEvent> last;

        long version() {
            return nextSequence - 1;
        }

        GenericDomainEventMessage<EnrolmentEvent> record(EnrolmentEvent event) {
            last = new GenericDomainEventMessage<>("Enrolment", id, nextSequence++, event);
            eventStore.publish(last);
            return last;
        }

        Enrolment accepted(LocalDate on) {
            record(new HousingFirstEligibilityAssessed(id, true, null, on, null, "caseworker", RECORDED_AT));
            return this;
        }

        String tenancyStarted(LocalDate on) {
            String tenancyId = "t-" + UUID.randomUUID();
            record(new TenancyStarted(id, tenancyId, "4 Elm Road", LandlordType.SOCIAL, on, null, "caseworker",
                    RECORDED_AT));
            return tenancyId;
        }

        Enrolment tenancyChecked(String tenancyId, int months, LocalDate on) {
            record(new TenancySustainmentChecked(id, tenancyId, months, on, null, "caseworker", RECORDED_AT));
            return this;
        }

        Enrolment consented(LocalDate on) {
            record(new EligibilityAndConsentRecorded(id, true, true, on, null, "caseworker", RECORDED_AT));
            return this;
        }

        Enrolment allocated(TrialArm arm, LocalDate on) {
            record(new TrialArmAllocated(id, arm, arm == TrialArm.TREATMENT ? 1234 : 8765, 10000, 5000, on, null,
                    "caseworker", RECORDED_AT));
            return this;
        }

        Enrolment employerContact(boolean faceToFace, LocalDate on) {
            record(new EmployerContactMade(id, "ec-" + UUID.randomUUID(), "Acme Ltd", faceToFace, on, null,
                    "caseworker", RECORDED_AT));
            return this;
        }

        String jobStarted(LocalDate on) {
            String jobId = "j-" + UUID.randomUUID();
            record(new JobStarted(id, jobId, "Acme Ltd", "Cleaner", JobSector.CLEANING, new BigDecimal("16"),
                    new BigDecimal("11.44"), on, null, "caseworker", RECORDED_AT));
            return jobId;
        }

        Enrolment jobChecked(String jobId, int weeks, LocalDate on) {
            record(new JobSustainmentChecked(id, jobId, weeks, on, null, "caseworker", RECORDED_AT));
            return this;
        }

        Enrolment contact(ContactType type, LocalDate on) {
            record(new ContactLogged(id, "c-" + UUID.randomUUID(), type, 20, "Talked about rent", on, null,
                    "caseworker", RECORDED_AT));
            return this;
        }

        Enrolment closed(LocalDate on) {
            record(new EnrolmentClosed(id, ExitReason.DISENGAGED, ExitDestination.NOT_KNOWN, on, null, "caseworker",
                    RECORDED_AT));
            return this;
        }

        Enrolment reopened(LocalDate on) {
            record(new EnrolmentReopened(id, "Back in touch", on, null, "caseworker", RECORDED_AT));
            return this;
        }
    }
}
