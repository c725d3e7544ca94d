package uk.wmpathways.app;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralReceived;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralRejected;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralRejectionReason;
import uk.wmpathways.infra.time.UkTime;
import uk.wmpathways.reporting.api.GpReferralReport;
import uk.wmpathways.reporting.api.ReportCriteria;
import uk.wmpathways.reporting.api.ReportPeriodRules;
import uk.wmpathways.reporting.api.ReportQueries.GpReferralOutcomes;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * GP referrals received last month, for the report tests. A referral sent today is in no reportable period (a month
 * in progress is never reported, docs/disclosure.md), so these are published to the event store as the GP referral
 * aggregate records them, dated in the last month that has ended. No enrolment is started: other tests count the
 * Thrive into Work enrolments of their own areas.
 */
public final class GpReferralReportHistories {

    public static final LocalDate TODAY = LocalDate.now(UkTime.ZONE);
    public static final LocalDate TO = ReportPeriodRules.lastCompleteMonthEnd(TODAY);
    public static final LocalDate FROM = TO.withDayOfMonth(1);

    private final EventStore eventStore;
    private final QueryGateway queries;

    public GpReferralReportHistories(EventStore eventStore, QueryGateway queries) {
        this.eventStore = eventStore;
        this.queries = queries;
    }

    /** {@code received} referrals from {@code practice} last month, {@code rejected} of them not eligible. */
    public void receivedLastMonth(String practice, int received, int rejected) {
        long before = report().byPractice().stream().filter(line -> line.key().equals(practice)).count();
        if (before > 0) {
            return; // recorded by another test class of the same application already
        }
        for (int i = 0; i < received; i++) {
            String referralId = "gpr-" + UUID.randomUUID();
            LocalDate receivedOn = FROM.plusDays(9);
            eventStore.publish(new GenericDomainEventMessage<>("GpReferral", referralId, 0,
                    new GpReferralReceived(referralId, practice, "Report Test Surgery", null, null, null, null,
                            "Report", "Testpatient", LocalDate.of(1985, 5, 5), null, null, null, null, null,
                            receivedOn.minusDays(1), null, null, null, "gp", noonOf(receivedOn), "WORK-WELL")));
            if (i < rejected) {
                eventStore.publish(new GenericDomainEventMessage<>("GpReferral", referralId, 1,
                        new GpReferralRejected(referralId, GpReferralRejectionReason.NOT_ELIGIBLE, null, "caseworker",
                                noonOf(receivedOn.plusDays(1)))));
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> report().byPractice().stream()
                .anyMatch(line -> line.key().equals(practice) && Long.valueOf(received).equals(line.received().value())
                        && Long.valueOf(rejected).equals(line.rejected().value())));
    }

    public GpReferralReport report() {
        return queries.query(new GpReferralOutcomes(new ReportCriteria(FROM, TO, null, null, null, null)),
                ResponseTypes.instanceOf(GpReferralReport.class)).join();
    }

    private static java.time.Instant noonOf(LocalDate day) {
        return day.atTime(12, 0).atZone(UkTime.ZONE).toInstant();
    }
}
