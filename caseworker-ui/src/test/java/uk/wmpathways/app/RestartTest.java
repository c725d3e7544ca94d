package uk.wmpathways.app;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import uk.wmpathways.caseservice.api.EraseParticipant;
import uk.wmpathways.caseservice.api.ErasureGround;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.ParticipantErased;
import uk.wmpathways.caseservice.api.ParticipantQueries.FindParticipant;
import uk.wmpathways.caseservice.api.ParticipantSummary;
import uk.wmpathways.caseservice.api.RegisterParticipant;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.organisation.CreateOrganisation;
import uk.wmpathways.caseservice.api.organisation.RenameOrganisation;
import uk.wmpathways.caseservice.api.organisation.RetireOrganisation;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.organisation.ProviderOrganisations;
import uk.wmpathways.infra.security.Role;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stop the application and start it again on the same data file: nothing lost, nothing projected twice, the
 * organisations read back from their events. Then restore a backup taken before an erasure: the erasure journal
 * makes it again.
 */
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

    private static void eraseAsTheOfficer(ConfigurableApplicationContext app, String participantId) {
        app.getBean(CommandGateway.class).sendAndWait(GenericCommandMessage.asCommandMessage(
                        new EraseParticipant(participantId, ErasureGround.UNLAWFULLY_PROCESSED, "dpo"))
                .andMetaData(Caller.person("dpo", Set.of(Role.DATA_PROTECTION), null, "test").toMetaData()));
    }

    @Test
    void aParticipantAndTheOrganisationsSurviveARestartAndNothingIsProjectedOrRecordedAgain() throws Exception {
        Path dataFile = dataFolder.resolve("pathways.mv");
        Path backup = dataFolder.resolve("backup-before-the-erasure.mv");
        String participantId = UUID.randomUUID().toString();
        String erasedAfterTheBackup = UUID.randomUUID().toString();
        String retired = "RESTART-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

        try (ConfigurableApplicationContext first = start(dataFile)) {
            first.getBean(CommandGateway.class).sendAndWait(new RegisterParticipant(participantId, "Rowan",
                    "Restart", LocalDate.of(1990, 6, 1), null, LocalAuthority.SANDWELL, null, null, "caseworker"));
            await().atMost(Duration.ofSeconds(10)).until(() -> find(first, participantId) != null);
            assertThat(applied(first)).isEqualTo(1.0);
            // The organisations: the demo ones recorded at this first start, then changed
            CommandGateway commands = first.getBean(CommandGateway.class);
            commands.sendAndWait(new RenameOrganisation("DEMO-SUPPORT", "Renamed before the restart", "system:test"));
            commands.sendAndWait(new CreateOrganisation(retired, "Retired before the restart",
                    Set.of(Pathway.HOUSING_FIRST), Set.of(LocalAuthority.DUDLEY), "system:test"));
            commands.sendAndWait(new RetireOrganisation(retired, "system:test"));
            commands.sendAndWait(new RegisterParticipant(erasedAfterTheBackup, "Quillon", "Backedup",
                    LocalDate.of(1985, 2, 3), null, LocalAuthority.DUDLEY, null, null, "caseworker"));
            await().atMost(Duration.ofSeconds(10)).until(() -> find(first, erasedAfterTheBackup) != null);
        }
        assertThat(Files.size(dataFile)).isPositive();
        Files.copy(dataFile, backup);

        try (ConfigurableApplicationContext second = start(dataFile)) {
            assertThat(find(second, participantId)).extracting(ParticipantSummary::familyName).isEqualTo("Restart");
            // Give the tracking processor time to catch up, then check it found nothing new to apply.
            await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
            assertThat(applied(second)).as("events applied to the read model after the restart").isZero();
            assertThat(second.getBean(MongoTemplate.class).count(
                    Query.query(Criteria.where("_id").is(participantId)), "participants")).isEqualTo(1);

            // Read back from their events, not recorded again from the configuration
            ProviderOrganisations organisations = second.getBean(ProviderOrganisations.class);
            assertThat(organisations.nameOf("DEMO-SUPPORT")).isEqualTo("Renamed before the restart");
            assertThat(organisations.organisation(retired)).contains(new ProviderOrganisations.Organisation(retired,
                    "Retired before the restart", false, Set.of("HOUSING_FIRST"), Set.of("DUDLEY")));
            assertThat(organisations.isActive("HOMES-FIRST")).isTrue();
            assertThat(second.getBean(EventStore.class).readEvents("DEMO-SUPPORT").asStream().count()).isEqualTo(2);

            eraseAsTheOfficer(second, erasedAfterTheBackup);
            await().atMost(Duration.ofSeconds(10)).until(() -> "[erased]".equals(
                    find(second, erasedAfterTheBackup).familyName()));
        }

        // The database restored from the backup; the erasure journal beside it kept.
        Files.copy(backup, dataFile, StandardCopyOption.REPLACE_EXISTING);
        try (ConfigurableApplicationContext restored = start(dataFile)) {
            assertThat(restored.getBean(EventStore.class).readEvents(erasedAfterTheBackup).asStream()
                    .map(event -> event.getPayload()).toList()).last().isInstanceOfSatisfying(ParticipantErased.class,
                            erased -> assertThat(erased.erasedBy()).isEqualTo("dpo"));
            await().atMost(Duration.ofSeconds(10)).until(() -> "[erased]".equals(
                    find(restored, erasedAfterTheBackup).familyName()));
            assertThat(find(restored, participantId).familyName()).isEqualTo("Restart");
        }
    }
}
