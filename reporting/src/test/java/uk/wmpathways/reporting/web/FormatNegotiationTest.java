package uk.wmpathways.reporting.web;

import org.junit.jupiter.api.Test;
import uk.wmpathways.reporting.export.ExportFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormatNegotiationTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void theFormatParameterDecidesWhenGiven() {
        assertThat(FormatNegotiation.choose("CSV", "application/json")).isEqualTo(ExportFormat.CSV);
        assertThat(FormatNegotiation.choose("xlsx", null)).isEqualTo(ExportFormat.EXCEL);
        assertThat(FormatNegotiation.choose("excel", null)).isEqualTo(ExportFormat.EXCEL);
        assertThat(FormatNegotiation.choose("json", "text/csv")).isEqualTo(ExportFormat.JSON);
        assertThatThrownBy(() -> FormatNegotiation.choose("pdf", null))
                .isInstanceOfSatisfying(InvalidReportParametersException.class, e -> assertThat(e.problems().get(0).message())
                        .isEqualTo("Unknown format: use one of json, csv, xlsx"));
    }

    @Test
    void otherwiseTheMostPreferredKnownTypeInTheAcceptHeader() {
        assertThat(FormatNegotiation.choose(null, "text/csv")).isEqualTo(ExportFormat.CSV);
        assertThat(FormatNegotiation.choose(null, XLSX)).isEqualTo(ExportFormat.EXCEL);
        assertThat(FormatNegotiation.choose(null, "application/json;q=0.5, text/csv")).isEqualTo(ExportFormat.CSV);
        assertThat(FormatNegotiation.choose(null, "text/csv;q=0.2, " + XLSX + ";q=0.9")).isEqualTo(ExportFormat.EXCEL);
        assertThat(FormatNegotiation.choose(null, "text/html,application/xhtml+xml,*/*;q=0.8")).isEqualTo(ExportFormat.JSON);
    }

    @Test
    void jsonWhenNothingIsAskedFor() {
        assertThat(FormatNegotiation.choose(null, null)).isEqualTo(ExportFormat.JSON);
        assertThat(FormatNegotiation.choose(" ", "")).isEqualTo(ExportFormat.JSON);
        assertThat(FormatNegotiation.choose(null, "not a media type")).isEqualTo(ExportFormat.JSON);
    }
}
