package uk.wmpathways.caseservice.enrolment;

import uk.wmpathways.caseservice.api.enrolment.ContactLogged;
import uk.wmpathways.caseservice.api.enrolment.EmergencyAccommodationPlaced;
import uk.wmpathways.caseservice.api.enrolment.EmployerContactMade;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentEvent;
import uk.wmpathways.caseservice.api.enrolment.EventCases;
import uk.wmpathways.caseservice.api.enrolment.JobStarted;
import uk.wmpathways.caseservice.api.enrolment.TenancyStarted;

/**
 * The id a step answers when its event created something (a tenancy, a placement, an employer contact, a job, a
 * contact); the enrolment's own id for every other event. A retried request is answered with it.
 */
final class RecordedIds {

    private static final EventCases<Void, String> CREATED = EventCases.<Void, String>of()
            .on(TenancyStarted.class, (nothing, e) -> e.tenancyId())
            .on(EmergencyAccommodationPlaced.class, (nothing, e) -> e.placementId())
            .on(EmployerContactMade.class, (nothing, e) -> e.employerContactId())
            .on(JobStarted.class, (nothing, e) -> e.jobId())
            .on(ContactLogged.class, (nothing, e) -> e.contactId());

    private RecordedIds() {
    }

    static String of(EnrolmentEvent event) {
        return CREATED.apply(null, event).orElse(event.enrolmentId());
    }
}
