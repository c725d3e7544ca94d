package uk.wmpathways.infra.access;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.domain.Sort;
import uk.wmpathways.infra.axon.AxonStorageAutoConfiguration;
import uk.wmpathways.infra.security.SecurityEvents;
import uk.wmpathways.infra.security.UserAccounts;
import uk.wmpathways.infra.security.UserAccountsAutoConfiguration;

import java.time.Clock;
import java.time.Duration;
import java.time.Period;

/**
 * Who is asking travels with every command and query ({@link CallerDispatchInterceptors}, registered on the
 * gateways by {@link #callersOnTheGateways}), and every look at a person's record is written to the
 * {@link AccessLog}.
 */
@AutoConfiguration(after = AxonStorageAutoConfiguration.class, before = UserAccountsAutoConfiguration.class)
@Import(AccessLogController.class)
public class AccessAutoConfiguration {

    @Bean
    BreakGlass breakGlass(MongoTemplate mongo, AccessLog log, Clock clock, Environment environment) {
        Duration duration = environment.getProperty("pathways.access.break-glass-duration", Duration.class,
                Duration.ofHours(2));
        return new BreakGlass(mongo, log, clock, duration);
    }

    /** Before the accounts' configuration, whose default (the application log only) gives way to this. */
    @Bean
    SecurityEvents securityEvents(AccessLog log) {
        return new AccessLogSecurityEvents(log);
    }

    /** Eight years by default: the shortest time adult health records are kept after the last contact. */
    @Bean
    AccessLogRetention accessLogRetention(AccessLog log, Clock clock, Environment environment) {
        Period retention = Period.parse(environment.getProperty("pathways.access-log.retention", "P8Y"));
        return new AccessLogRetention(log, clock, retention);
    }

    @Bean
    AccessLogReview accessLogReview(AccessLog log, BreakGlass breakGlass) {
        return new AccessLogReview(log, breakGlass);
    }

    @Bean
    CallerDispatchInterceptors callerDispatchInterceptors(UserAccounts accounts,
                                                          ObjectProvider<ChannelNames> channelNames) {
        return new CallerDispatchInterceptors(accounts, channelNames);
    }

    /**
     * Registered on the gateways here, not left to Axon's interceptor auto-configuration: that one finds
     * dispatch interceptor beans by their generic type, and in the packaged application it registered none of
     * these (every request was refused as signed out) while the tests' contexts had them. A tool's
     * {@link SystemCallerForCallerless} (tests, benchmarks; never the application) comes after, for what is still
     * without a caller.
     */
    @Bean
    InitializingBean callersOnTheGateways(CommandGateway commands, QueryGateway queries,
                                          CallerDispatchInterceptors callers,
                                          ObjectProvider<SystemCallerForCallerless> toolsActingAsTheSystem) {
        return () -> {
            commands.registerDispatchInterceptor(callers.<CommandMessage<?>>interceptor());
            queries.registerDispatchInterceptor(callers.<QueryMessage<?, ?>>interceptor());
            toolsActingAsTheSystem.orderedStream().forEach(system -> {
                commands.registerDispatchInterceptor(system.forCommands());
                queries.registerDispatchInterceptor(system.forQueries());
            });
        };
    }

    @Bean
    AccessLog accessLog(MongoTemplate mongo, Clock clock) {
        var indexes = mongo.indexOps(AccessLog.COLLECTION);
        indexes.ensureIndex(new Index().on("participantIds", Sort.Direction.ASC).on("_id", Sort.Direction.DESC));
        indexes.ensureIndex(new Index().on("username", Sort.Direction.ASC).on("_id", Sort.Direction.DESC));
        indexes.ensureIndex(new Index().on("action", Sort.Direction.ASC).on("_id", Sort.Direction.DESC));
        return new AccessLog(mongo, clock);
    }
}
