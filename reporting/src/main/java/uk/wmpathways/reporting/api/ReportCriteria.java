package uk.wmpathways.reporting.api;

import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;

import java.time.LocalDate;

/**
 * What a report is about. {@code from}..{@code to}: the period, both days included. {@code asAt}: report what
 * the system knew at the end of that day (Europe/London), ignoring everything recorded later, corrections
 * included; null means now. The other fields narrow the report and may each be null (all).
 */
public record ReportCriteria(LocalDate from,
                             LocalDate to,
                             LocalDate asAt,
                             LocalAuthority localAuthority,
                             String providerOrganisation,
                             FundingStream fundingStream) {
}
