package uk.wmpathways.app;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.ParticipantQueries.FindParticipant;
import uk.wmpathways.caseservice.api.ParticipantSummary;
import uk.wmpathways.caseservice.api.RegisterParticipant;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Stop the application and start it again on the same data file: nothing lost, nothing projected twice. */
class RestartTest {

    @TempDir
    Path dataFolder;

    private ConfigurableApplicationContext start(Path dataFile) {
        return new SpringApplicationBuilder(PathwaysApplication.class).run(
                "--server.port=0",
                "--pathways.embedded-mongo.storage=file",
                "--pathways.embedded-mongo.file=" + dataFile);
    }

    private static ParticipantSummary find(ConfigurableApplicationContext app, String participantId) {
        return app.getBean(QueryGateway.class).query(new FindParticipant(participantId),
                ResponseTypes.instanceOf(ParticipantSummary.class)).join();
    }

    private static double applied(ConfigurableApplicationContext app) {
        return app.getBean(MeterRegistry.class).get("pathways.projection.events.applied")
                .tag("projection", "participants").counter().count();
    }

    @Test
    void aParticipantSurvivesARestartAndIsNotProjectedAgain() throws Exception {
        Path dataFile = dataFolder.resolve("pathways.mv");
        String participantId = UUID.randomUUID().toString();

        try (ConfigurableApplicationContext first = start(dataFile)) {
            first.getBean(CommandGateway.class).sendAndWait(new RegisterParticipant(participantId, "Rowan",
                    "Restart", LocalDate.of(1990, 6, 1), null, LocalAuthority.SANDWELL, null, null, "caseworker"));
            await().atMost(Duration.ofSeconds(10)).until(() -> find(first, participantId) != null);
            assertThat(applied(first)).isEqualTo(1.0);
        }
        assertThat(Files.size(dataFile)).isPositive();

        try (ConfigurableApplicationContext second = start(dataFile)) {
            assertThat(find(second, participantId)).extracting(ParticipantSummary::familyName).isEqualTo("Restart");
            // Give the tracking processor time to catch up, then check it found nothing new to apply.
            await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
            assertThat(applied(second)).as("events applied to the read model after the restart").isZero();
            assertThat(second.getBean(MongoTemplate.class).count(
                    Query.query(Criteria.where("_id").is(participantId)), "participants")).isEqualTo(1);
        }
    }
}
