package uk.wmpathways.caseservice.api;

import java.util.List;

/** One page of a participant search, and how many participants match in all. */
public record ParticipantPage(List<ParticipantSummary> items, long total, int page, int size) {
}
