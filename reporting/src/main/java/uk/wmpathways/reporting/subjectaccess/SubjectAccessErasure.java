package uk.wmpathways.reporting.subjectaccess;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.ParticipantErased;

/**
 * Deletes an erased person's subject access exports in the unit of work that erases them (a subscribing
 * processor): an export is a decrypted copy of their record. The requests themselves stay, as the record that
 * the organisation answered them.
 */
@Component
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

    @Configuration
    static class Processing {
        @Bean
        ConfigurerModule subscribingSubjectAccessErasure() {
            return configurer -> configurer.eventProcessing().registerSubscribingEventProcessor(PROCESSING_GROUP);
        }
    }
}
