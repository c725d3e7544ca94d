package uk.wmpathways.caseservice.organisation;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The organisation directory is updated in the unit of work that stores the event (see OrganisationDirectory). */
@Configuration
class OrganisationProcessing {

    @Bean
    ConfigurerModule subscribingOrganisationDirectory() {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(OrganisationDirectory.PROCESSING_GROUP);
    }
}
