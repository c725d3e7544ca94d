package uk.wmpathways.caseservice.retention;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.wmpathways.infra.access.AccessLog;

import java.time.Clock;

/** The retention job, its record of runs and its daily timer, from the checked settings. */
@Configuration(proxyBeanMethods = false)
class RetentionConfiguration {

    @Bean
    RetentionSettings retentionSettings(Environment environment) {
        return RetentionSettings.from(environment);
    }

    @Bean
    RetentionRuns retentionRuns(MongoTemplate mongo) {
        return new RetentionRuns(mongo);
    }

    @Bean
    RetentionJob retentionJob(CommandGateway commands, QueryGateway queries, RetentionRuns runs, AccessLog accessLog,
                              Clock clock, RetentionSettings settings) {
        return new RetentionJob(commands, queries, runs, accessLog, clock, settings.policy());
    }

    /** Idle when {@code pathways.retention.enabled=false}: then only the data protection officer starts runs. */
    @Bean
    DailyRetention dailyRetention(RetentionJob job, Clock clock, RetentionSettings settings) {
        return new DailyRetention(job, clock, settings.runAt(), settings.enabled());
    }
}
