package uk.wmpathways.caseservice.retention;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.wmpathways.caseservice.api.retention.RetentionPolicy;
import uk.wmpathways.caseservice.api.retention.RetentionQueries.FindGpReferralsPastRetention;
import uk.wmpathways.caseservice.api.retention.RetentionQueries.FindParticipantsPastRetention;
import uk.wmpathways.caseservice.api.retention.RetentionQueries.GpReferralsPastRetention;
import uk.wmpathways.caseservice.api.retention.RetentionQueries.FindRetentionRun;
import uk.wmpathways.caseservice.api.retention.RetentionQueries.ListRetentionRuns;
import uk.wmpathways.caseservice.api.retention.RetentionQueries.ParticipantsPastRetention;
import uk.wmpathways.caseservice.api.retention.RetentionRun;
import uk.wmpathways.caseservice.api.retention.StartRetentionRun;
import uk.wmpathways.infra.time.UkTime;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The retention job for the data protection officer: the policy and who it would erase today, run it now, and
 * the record of runs. The handlers decide who may ({@code RetentionHandlers}, and the read side for the preview);
 * the annotation only answers the others sooner.
 */
@RestController
@RequestMapping("/api/data-protection/retention")
@Tag(name = "Data protection")
@PreAuthorize("hasRole('DATA_PROTECTION')")
class RetentionController {

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final RetentionJob job;
    private final DailyRetention daily;

    RetentionController(QueryGateway queries, CommandGateway commands, RetentionJob job, DailyRetention daily) {
        this.queries = queries;
        this.commands = commands;
        this.job = job;
        this.daily = daily;
    }

    record People(int count, List<String> participantIds) {
        static People of(List<String> ids) {
            return new People(ids.size(), ids);
        }
    }

    record DailyRun(boolean enabled, LocalTime runAt, String timeZone, ZonedDateTime next) {
    }

    /** {@code gpReferralsWouldErase}: GP referrals that never became an enrolment, by referral id. */
    record Preview(RetentionPolicy policy, DailyRun dailyRun, LocalDate today, People wouldErase,
                   People heldProcessingRestricted, People gpReferralsWouldErase) {
    }

    @GetMapping
    @Operation(summary = "The retention policy and who would be erased today (ids and counts); data protection only")
    Preview preview() {
        LocalDate today = job.today();
        ParticipantsPastRetention due = queries.query(new FindParticipantsPastRetention(today, job.policy()),
                ResponseTypes.instanceOf(ParticipantsPastRetention.class)).join();
        DailyRun dailyRun = new DailyRun(daily.enabled(), daily.runAt(), UkTime.ZONE.getId(),
                daily.enabled() ? daily.nextRun() : null);
        GpReferralsPastRetention gpReferralsDue = queries.query(new FindGpReferralsPastRetention(today,
                job.policy()), ResponseTypes.instanceOf(GpReferralsPastRetention.class)).join();
        return new Preview(job.policy(), dailyRun, today, People.of(due.due()),
                People.of(due.heldProcessingRestricted()), People.of(gpReferralsDue.due()));
    }

    @PostMapping("/runs")
    @Operation(summary = "Run the retention job now, in the background (202 with the run; 409 while one runs)")
    ResponseEntity<RetentionRun> runNow(Authentication caller) {
        RetentionRun run = commands.sendAndWait(new StartRetentionRun(UUID.randomUUID().toString(),
                caller.getName()));
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/data-protection/retention/runs/" + run.runId()))
                .body(run);
    }

    @GetMapping("/runs")
    @Operation(summary = "The most recent retention runs, newest first (limit 1 to 100, 20 by default)")
    List<RetentionRun> runs(@RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > ListRetentionRuns.MAX) {
            throw new RetentionProblems.InvalidLimitException();
        }
        return queries.query(new ListRetentionRuns(limit), ResponseTypes.multipleInstancesOf(RetentionRun.class))
                .join();
    }

    @GetMapping("/runs/{runId}")
    @Operation(summary = "One retention run (404 when no run has this id)")
    RetentionRun run(@PathVariable String runId) {
        RetentionRun run = queries.query(new FindRetentionRun(runId), ResponseTypes.instanceOf(RetentionRun.class))
                .join();
        if (run == null) {
            throw new RetentionProblems.UnknownRunException();
        }
        return run;
    }
}
