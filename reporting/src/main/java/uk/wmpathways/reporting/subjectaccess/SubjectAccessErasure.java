package uk.wmpathways.reporting.subjectaccess;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.ParticipantErased;
import uk.wmpathways.infra.axon.Subscribing;

/**
 * Deletes an erased person's subject access exports in the unit of work that erases them (a subscribing
 * processor): an export is a decrypted copy of their record. The requests themselves stay, as the record that
 * the organisation answered them.
 */
@Component
@Subscribing
@ProcessingGroup(SubjectAccessErasure.PROCESSING_GROUP)
class SubjectAccessErasure {

    static final String PROCESSING_GROUP = "subject-access-erasure";

    private final SubjectAccessRequests requests;

    SubjectAccessErasure(SubjectAccessRequests requests) {
        this.requests = requests;
    }

    @EventHandler
    void on(ParticipantErased event) {
        requests.eraseFilesOf(event.participantId(), event.erasedAt());
    }
}
