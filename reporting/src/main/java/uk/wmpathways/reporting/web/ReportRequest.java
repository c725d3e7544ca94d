package uk.wmpathways.reporting.web;

import io.swagger.v3.oas.annotations.Parameter;

/** The query parameters every report accepts, as sent (checked by {@link ReportParameters}). */
record ReportRequest(
        @Parameter(description = "First day of the period, YYYY-MM-DD (required)") String from,
        @Parameter(description = "Last day of the period, YYYY-MM-DD, not before from (required)") String to,
        @Parameter(description = "Report what the system knew at the end of this day, YYYY-MM-DD, not in the "
                + "future; now when not given") String asAt,
        @Parameter(description = "Local authority code, e.g. WALSALL") String localAuthority,
        @Parameter(description = "Provider organisation code, e.g. DEMO-SUPPORT") String providerOrganisation,
        @Parameter(description = "Funding stream code, e.g. THRIVE_INTO_WORK_TRIAL") String fundingStream,
        @Parameter(description = "json (default), csv or xlsx; without it the Accept header decides (text/csv, "
                + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)") String format) {
}
