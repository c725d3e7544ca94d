package uk.wmpathways.app;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.RegisterParticipant;
import uk.wmpathways.caseservice.api.enrolment.StepResult;
import uk.wmpathways.caseservice.api.enrolment.AssessHousingFirstEligibility;
import uk.wmpathways.caseservice.api.enrolment.DueEntry;
import uk.wmpathways.caseservice.api.enrolment.DueItem;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindDueItems;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstReferralSource;
import uk.wmpathways.caseservice.api.enrolment.LandlordType;
import uk.wmpathways.caseservice.api.enrolment.RecordTenancySustainmentCheck;
import uk.wmpathways.caseservice.api.enrolment.ReferToHousingFirst;
import uk.wmpathways.caseservice.api.enrolment.StartTenancy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What is due is data derived from events: it is there after a restart, and goes when the step is recorded. */
class DueItemsRestartTest {

    @TempDir
    java.nio.file.Path dataFolder;

    private ConfigurableApplicationContext start(java.nio.file.Path dataFile) {
        return new SpringApplicationBuilder(PathwaysApplication.class).run(
                "--server.port=0",
                "--pathways.embedded-mongo.storage=file",
                "--pathways.embedded-mongo.file=" + dataFile);
    }

    private static List<DueItem> dueFor(ConfigurableApplicationContext app, String enrolmentId) {
        LocalDate today = LocalDate.now(app.getBean(Clock.class));
        return app.getBean(QueryGateway.class)
                .query(new FindDueItems("caseworker", null, today.plusDays(14)),
                        ResponseTypes.multipleInstancesOf(DueEntry.class)).join().stream()
                .filter(entry -> entry.enrolmentId().equals(enrolmentId))
                .map(DueEntry::item)
                .toList();
    }

    @Test
    void anOverdueTenancyCheckIsStillDueAfterARestartAndGoesWhenItIsRecorded() {
        java.nio.file.Path dataFile = dataFolder.resolve("pathways.mv");
        String participantId = UUID.randomUUID().toString();
        String enrolmentId = UUID.randomUUID().toString();
        LocalDate today;
        String tenancyId;

        try (ConfigurableApplicationContext first = start(dataFile)) {
            today = LocalDate.now(first.getBean(Clock.class));
            CommandGateway commands = first.getBean(CommandGateway.class);
            commands.sendAndWait(new RegisterParticipant(participantId, "Rowan", "Restart", LocalDate.of(1980, 6, 1),
                    null, LocalAuthority.DUDLEY, null, null, "caseworker"));
            commands.sendAndWait(new ReferToHousingFirst(enrolmentId, participantId, "DEMO-SUPPORT",
                    LocalAuthority.DUDLEY, FundingStream.HOUSING_FIRST_PILOT, "caseworker",
                    HousingFirstReferralSource.HOSTEL, today.minusMonths(8), null, "caseworker"));
            commands.sendAndWait(new AssessHousingFirstEligibility(enrolmentId, true, null, today.minusMonths(8),
                    null, null, "caseworker"));
            tenancyId = commands.<StepResult>sendAndWait(new StartTenancy(enrolmentId, "Flat 1, 2 Test Street", LandlordType.SOCIAL,
                    today.minusMonths(7), null, null, "caseworker")).recordedId();
            await().atMost(Duration.ofSeconds(15)).until(() -> dueFor(first, enrolmentId).stream()
                    .anyMatch(item -> item.kind() == DueItem.Kind.TENANCY_SUSTAINMENT_CHECK));
        }

        try (ConfigurableApplicationContext second = start(dataFile)) {
            List<DueItem> afterRestart = dueFor(second, enrolmentId);
            assertThat(afterRestart).extracting(DueItem::kind, DueItem::dueOn)
                    .contains(org.assertj.core.groups.Tuple.tuple(DueItem.Kind.TENANCY_SUSTAINMENT_CHECK,
                            today.minusMonths(7).plusMonths(6)));

            second.getBean(CommandGateway.class).sendAndWait(new RecordTenancySustainmentCheck(enrolmentId, tenancyId, 6,
                    today.minusDays(1), null, null, "caseworker"));
            await().atMost(Duration.ofSeconds(15)).until(() -> dueFor(second, enrolmentId).stream()
                    .noneMatch(item -> item.kind() == DueItem.Kind.TENANCY_SUSTAINMENT_CHECK));
        }
    }
}
