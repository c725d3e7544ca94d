package uk.wmpathways.reporting.export;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFileNamesTest {

    @Test
    void aFileNameNamesTheReportThePeriodAndTheAsAtDate() {
        assertThat(ReportFileNames.of("thrive-into-work", SampleReports.CRITERIA, LocalDate.of(2025, 6, 15),
                ExportFormat.CSV)).isEqualTo("thrive-into-work_2024-05-01_to_2025-04-30_as-at_2025-05-31.csv");
    }

    @Test
    void withoutAnAsAtDateTheDayOfTheExportIsNamedAndFiltersAreAdded() {
        assertThat(ReportFileNames.of("Equality Thrive into Work", SampleReports.walsall(), LocalDate.of(2025, 6, 15),
                ExportFormat.EXCEL)).isEqualTo("equality-thrive-into-work_2024-05-01_to_2025-04-30_as-at_2025-06-15"
                + "_walsall_demo-support_thrive-into-work-trial.xlsx");
    }
}
