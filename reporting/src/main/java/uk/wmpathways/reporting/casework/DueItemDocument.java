package uk.wmpathways.reporting.casework;

import org.springframework.data.annotation.Id;
import uk.wmpathways.caseservice.api.enrolment.DueEntry;
import uk.wmpathways.caseservice.api.enrolment.DueItem;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentState;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.enrolment.Step;

import java.time.LocalDate;

/**
 * One thing due on an active enrolment, with what "what is due" lists filter on (worker, organisation, date).
 * The id holds the due date because one tenancy or job has several checks due at once (6, 12 and 24 months).
 */
record DueItemDocument(@Id String id,
                       String enrolmentId,
                       String participantId,
                       String participantName,
                       Pathway pathway,
                       String assignedWorker,
                       String providerOrganisation,
                       DueItem.Kind kind,
                       LocalDate dueOn,
                       String reference,
                       Step step,
                       String description) {

    static DueItemDocument of(EnrolmentState state, String participantName, DueItem item) {
        String id = String.join("/", state.enrolmentId(), item.kind().name(),
                item.reference() == null ? "" : item.reference(), item.dueOn().toString());
        return new DueItemDocument(id, state.enrolmentId(), state.participantId(), participantName,
                state.pathway(), state.assignedWorker(), state.providerOrganisation(), item.kind(), item.dueOn(),
                item.reference(), item.step(), item.description());
    }

    DueEntry entry() {
        return new DueEntry(enrolmentId, participantId, participantName, pathway, assignedWorker, providerOrganisation,
                new DueItem(kind, dueOn, reference, step, description));
    }
}
