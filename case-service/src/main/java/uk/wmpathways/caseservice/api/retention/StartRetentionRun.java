package uk.wmpathways.caseservice.api.retention;

/**
 * Runs the retention job now, in the background: the data protection officer's "run now" (the job also runs
 * daily by itself). Answered with the {@link RetentionRun} as it starts.
 */
public record StartRetentionRun(String runId, String startedBy) {
}
