package uk.wmpathways.caseservice.retention;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import uk.wmpathways.caseservice.api.EraseParticipant;
import uk.wmpathways.caseservice.api.ErasureGround;
import uk.wmpathways.caseservice.api.ErasureRefusedException;
import uk.wmpathways.caseservice.api.gpreferral.EraseGpReferral;
import uk.wmpathways.caseservice.api.retention.RetentionPolicy;
import uk.wmpathways.caseservice.api.retention.RetentionQueries.FindGpReferralsPastRetention;
import uk.wmpathways.caseservice.api.retention.RetentionQueries.GpReferralsPastRetention;
import uk.wmpathways.caseservice.api.retention.RetentionQueries.FindParticipantsPastRetention;
import uk.wmpathways.caseservice.api.retention.RetentionQueries.ParticipantsPastRetention;
import uk.wmpathways.caseservice.api.retention.RetentionRun;
import uk.wmpathways.caseservice.api.retention.RetentionRun.Refusal;
import uk.wmpathways.caseservice.api.retention.RetentionRunAlreadyRunningException;
import uk.wmpathways.infra.access.AccessAction;
import uk.wmpathways.infra.access.AccessLog;
import uk.wmpathways.infra.access.AccessPurpose;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A run sends one erasure per person due, as the system on the retention ground, goes on past a refusal (recording
 * its reason), and runs one at a time.
 */
class RetentionJobTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T02:00:00Z"), ZoneOffset.UTC);
    private static final Caller DPO = Caller.person("dpo", Set.of(Role.DATA_PROTECTION), null, "API");

    private final CommandGateway commands = mock(CommandGateway.class);
    private final QueryGateway queries = mock(QueryGateway.class);
    private final RetentionRuns runs = mock(RetentionRuns.class);
    private final AccessLog accessLog = mock(AccessLog.class);
    private final CountDownLatch finished = new CountDownLatch(1);
    private List<String> gpReferralsDue = List.of();

    @SuppressWarnings("unchecked")
    private RetentionJob job(ParticipantsPastRetention due) {
        return job(due, CLOCK);
    }

    @SuppressWarnings("unchecked")
    private RetentionJob job(ParticipantsPastRetention due, Clock clock) {
        when(queries.query(any(Message.class), any(ResponseType.class))).thenAnswer(call -> {
            Message<?> asked = call.getArgument(0);
            return CompletableFuture.completedFuture(asked.getPayload() instanceof FindGpReferralsPastRetention
                    ? new GpReferralsPastRetention(due.today(), gpReferralsDue) : due);
        });
        when(runs.started(anyString(), anyString(), any(), any(), any())).thenAnswer(call -> Optional.of(
                new RetentionRun(call.getArgument(0), RetentionRun.Status.RUNNING, call.getArgument(1),
                        call.getArgument(2), null, call.getArgument(3), call.getArgument(4), List.of(), List.of(),
                        List.of(), new RetentionRun.Counts(0, 0, 0), null)));
        doAnswer(call -> {
            finished.countDown();
            return null;
        }).when(runs).finished(anyString(), any(), any(), any(), any(), any());
        return new RetentionJob(commands, queries, runs, accessLog, clock, RetentionPolicy.DEFAULT);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyoneDueIsSentForErasureAsTheSystemAndARefusalIsRecordedWithoutStoppingTheRun() throws Exception {
        RetentionJob job = job(new ParticipantsPastRetention(LocalDate.of(2026, 12, 3), List.of("a", "b", "c"),
                List.of("held")));
        when(commands.sendAndWait(any(CommandMessage.class))).thenAnswer(call -> {
            CommandMessage<EraseParticipant> message = call.getArgument(0);
            if (message.getPayload().participantId().equals("b")) {
                throw new ErasureRefusedException("This person has 1 open enrolment; close it before erasing");
            }
            return null;
        });

        job.start("run-1", DPO);
        assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();

        ArgumentCaptor<CommandMessage<EraseParticipant>> sent = ArgumentCaptor.forClass(CommandMessage.class);
        verify(commands, times(3)).sendAndWait(sent.capture());
        assertThat(sent.getAllValues()).allSatisfy(message -> {
            assertThat(message.getPayload().ground()).isEqualTo(ErasureGround.RETENTION_PERIOD_ENDED);
            assertThat(message.getPayload().erasedBy()).isEqualTo("system:retention");
            assertThat(Caller.of(message.getMetaData()).system()).isTrue();
        });
        verify(runs).started(eq("run-1"), eq("dpo"), eq(CLOCK.instant()), eq(LocalDate.of(2026, 12, 3)),
                eq(RetentionPolicy.DEFAULT));
        verify(runs).finished("run-1", List.of("a", "c"),
                List.of(new Refusal("b", "This person has 1 open enrolment; close it before erasing")),
                List.of("held"), List.of(), CLOCK.instant());
        verify(accessLog, timeout(5_000)).recordWithReason(eq(DPO), eq(AccessAction.RETENTION_ERASURE), eq(AccessPurpose.SECURITY),
                anyString(), eq(List.of("a", "c")), eq(null));
        ArgumentCaptor<Message<?>> asked = ArgumentCaptor.forClass(Message.class);
        verify(queries, times(2)).query(asked.capture(), any(ResponseType.class));
        assertThat(asked.getAllValues().stream().map(message -> message.getPayload().getClass().getSimpleName()))
                .containsExactly("FindParticipantsPastRetention", "FindGpReferralsPastRetention");
        assertThat(asked.getAllValues()).as("the read side is asked as the system")
                .allSatisfy(message -> assertThat(Caller.of(message.getMetaData()).system()).isTrue());
        job.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGpReferralsNotAcceptedDueAreErasedAsTheSystemAndRecordedAndARefusalIsRecordedToo() throws Exception {
        gpReferralsDue = List.of("r-1", "r-2");
        RetentionJob job = job(new ParticipantsPastRetention(LocalDate.of(2026, 12, 3), List.of(), List.of()));
        when(commands.sendAndWait(any(CommandMessage.class))).thenAnswer(call -> {
            CommandMessage<EraseGpReferral> message = call.getArgument(0);
            if (message.getPayload().referralId().equals("r-2")) {
                throw new ErasureRefusedException("An accepted GP referral is erased with the person it was accepted for");
            }
            return null;
        });

        job.start("run-1", RetentionJob.SYSTEM);
        assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();

        ArgumentCaptor<CommandMessage<EraseGpReferral>> sent = ArgumentCaptor.forClass(CommandMessage.class);
        verify(commands, times(2)).sendAndWait(sent.capture());
        assertThat(sent.getAllValues()).allSatisfy(message -> {
            assertThat(message.getPayload().erasedBy()).isEqualTo("system:retention");
            assertThat(Caller.of(message.getMetaData()).system()).isTrue();
        });
        verify(runs).finished("run-1", List.of(), List.of(new Refusal("r-2",
                        "GP referral: An accepted GP referral is erased with the person it was accepted for")),
                List.of(), List.of("r-1"), CLOCK.instant());
        job.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSecondRunIsRefusedWhileOneIsUnderWay() throws Exception {
        CountDownLatch erasing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        RetentionJob job = job(new ParticipantsPastRetention(LocalDate.of(2026, 12, 3), List.of("a"), List.of()));
        when(commands.sendAndWait(any(CommandMessage.class))).thenAnswer(call -> {
            erasing.countDown();
            release.await(10, TimeUnit.SECONDS);
            return null;
        });

        job.start("run-1", RetentionJob.SYSTEM);
        assertThat(erasing.await(10, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> job.start("run-2", DPO)).isInstanceOf(RetentionRunAlreadyRunningException.class);
        release.countDown();
        assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
        job.close();
    }

    @Test
    void aLongRunRecordsHowManyAreDueAndHowFarItHasGone() throws Exception {
        // Each reading of this clock is three seconds after the last: progress is recorded every five seconds.
        Clock ticking = new Clock() {
            private Instant now = CLOCK.instant();

            @Override
            public synchronized Instant instant() {
                now = now.plusSeconds(3);
                return now;
            }

            @Override
            public java.time.ZoneId getZone() {
                return CLOCK.getZone();
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return CLOCK.withZone(zone);
            }
        };
        RetentionJob job = job(new ParticipantsPastRetention(LocalDate.of(2026, 12, 3), List.of("a", "b", "c", "d"),
                List.of("held")), ticking);

        job.start("run-1", RetentionJob.SYSTEM);
        assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();

        verify(runs).progress("run-1", 4, 0, 0, 1);
        verify(runs).progress("run-1", 4, 2, 0, 1);
        verify(runs).progress("run-1", 4, 4, 0, 1);
        job.close();
    }
}
