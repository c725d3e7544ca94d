package uk.wmpathways.reporting.consent;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The consent read model is updated in the unit of work that stores the event: access decided by consent
 * (reads and commands) follows a recorded or withdrawn consent at once, not when a tracking processor catches up.
 */
@Configuration
class ConsentProcessing {

    @Bean
    ConfigurerModule subscribingConsentProjection() {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(ConsentProjection.PROCESSING_GROUP);
    }
}
