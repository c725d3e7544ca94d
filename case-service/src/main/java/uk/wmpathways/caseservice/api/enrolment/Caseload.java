package uk.wmpathways.caseservice.api.enrolment;

import java.util.List;
import java.util.Map;

/**
 * A worker's active enrolments (filtered as asked, sorted by next due date) and the count of their active
 * enrolments in each stage (with the pathway filter only, so that the counts explain the stage filter).
 */
public record Caseload(List<EnrolmentSummary> enrolments, Map<Stage, Long> countsByStage) {
}
