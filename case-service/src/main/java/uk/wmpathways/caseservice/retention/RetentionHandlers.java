package uk.wmpathways.caseservice.retention;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.retention.RetentionQueries.FindRetentionRun;
import uk.wmpathways.caseservice.api.retention.RetentionQueries.ListRetentionRuns;
import uk.wmpathways.caseservice.api.retention.RetentionRun;
import uk.wmpathways.caseservice.api.retention.RetentionRunAlreadyRunningException;
import uk.wmpathways.caseservice.api.retention.StartRetentionRun;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;

import java.util.List;
import java.util.UUID;

/**
 * Run now, and the record of runs: the data protection officer's (and the system's) only, decided here for every
 * channel alike, with the caller the message carries.
 */
@Component
class RetentionHandlers {

    private final RetentionJob job;
    private final RetentionRuns runs;

    RetentionHandlers(RetentionJob job, RetentionRuns runs) {
        this.job = job;
        this.runs = runs;
    }

    @CommandHandler
    RetentionRun handle(StartRetentionRun command, MetaData metaData) {
        Caller caller = dataProtection(metaData, "Only the data protection officer runs the retention job");
        String runId = command.runId() == null || command.runId().isBlank() ? UUID.randomUUID().toString()
                : command.runId();
        return job.start(runId, caller).orElseThrow(RetentionRunAlreadyRunningException::new);
    }

    @QueryHandler
    List<RetentionRun> handle(ListRetentionRuns query, MetaData metaData) {
        dataProtection(metaData, "Only the data protection officer reads the retention runs");
        return runs.recent(Math.max(1, Math.min(query.limit(), ListRetentionRuns.MAX)));
    }

    @QueryHandler
    RetentionRun handle(FindRetentionRun query, MetaData metaData) {
        dataProtection(metaData, "Only the data protection officer reads the retention runs");
        return query.runId() == null ? null : runs.find(query.runId()).orElse(null);
    }

    private static Caller dataProtection(MetaData metaData, String refusal) {
        Caller caller = Caller.of(metaData);
        if (!caller.system() && !caller.has(Role.DATA_PROTECTION)) {
            throw new AccessRefusedException(refusal);
        }
        return caller;
    }
}
