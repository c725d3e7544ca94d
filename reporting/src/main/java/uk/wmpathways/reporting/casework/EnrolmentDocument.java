package uk.wmpathways.reporting.casework;

import org.bson.Document;
import org.springframework.data.annotation.Id;
import uk.wmpathways.caseservice.api.enrolment.DueItem;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentState;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.enrolment.Stage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One enrolment: its {@link EnrolmentState} (the fold of its events) as a subdocument, and copies of the fields
 * that lists filter and sort on. {@code lastSequence} is the sequence number of the last event folded in; it
 * is written last, after the enrolment's due items and timeline entry, so that an event redelivered after a
 * crash in between is applied again in full. {@code organisations} lists every organisation that has delivered
 * the enrolment, the current one last.
 */
record EnrolmentDocument(@Id String enrolmentId,
                         String participantId,
                         String participantName,
                         Document state,
                         Pathway pathway,
                         Stage stage,
                         String assignedWorker,
                         String providerOrganisation,
                         List<String> organisations,
                         boolean active,
                         LocalDate nextDueOn,
                         LocalDate startedOn,
                         long lastSequence) {

    static EnrolmentDocument of(EnrolmentState state, String participantName, List<String> formerOrganisations,
                                long lastSequence) {
        List<DueItem> due = state.dueItems();
        List<String> organisations = new ArrayList<>(formerOrganisations == null ? List.of() : formerOrganisations);
        organisations.remove(state.providerOrganisation());
        organisations.add(state.providerOrganisation());
        return new EnrolmentDocument(state.enrolmentId(), state.participantId(), participantName,
                EnrolmentStates.toDocument(state), state.pathway(), state.stage(), state.assignedWorker(),
                state.providerOrganisation(), List.copyOf(organisations), !state.isClosed(),
                due.isEmpty() ? null : due.get(0).dueOn(), state.startedOn(), lastSequence);
    }

    /** Every organisation that has delivered it; documents written before this was kept know only the current. */
    List<String> organisationsSoFar() {
        return organisations == null ? List.of(providerOrganisation) : organisations;
    }

    EnrolmentState enrolmentState() {
        return EnrolmentStates.fromDocument(state);
    }

    EnrolmentSummary summary() {
        return EnrolmentSummary.of(enrolmentState(), participantName, lastSequence);
    }
}
