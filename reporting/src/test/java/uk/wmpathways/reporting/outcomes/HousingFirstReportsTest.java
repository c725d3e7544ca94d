package uk.wmpathways.reporting.outcomes;

import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.reporting.api.Breakdown;
import uk.wmpathways.reporting.api.HousingFirstReport;
import uk.wmpathways.reporting.api.ReportCriteria;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.wmpathways.caseservice.api.LocalAuthority.BIRMINGHAM;
import static uk.wmpathways.caseservice.api.LocalAuthority.COVENTRY;

class HousingFirstReportsTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);
    private static final ReportCriteria CRITERIA = new ReportCriteria(FROM, TO, null, null, null, null);

    private final List<OutcomeRow> rows = new ArrayList<>();

    /** {@code count} people referred and accepted on {@code acceptedOn}, housed on {@code housedOn} (null: not yet). */
    private void people(int count, LocalAuthority area, LocalDate acceptedOn, LocalDate housedOn) {
        for (int i = 0; i < count; i++) {
            History history = History.housingFirst("p" + rows.size(), "HOMES-FIRST", area, acceptedOn.minusDays(14),
                    null).accepted(acceptedOn);
            if (housedOn != null) {
                history.tenancyStarted("t" + rows.size(), housedOn);
            }
            rows.add(history.row());
        }
    }

    private HousingFirstReport report() {
        return HousingFirstReports.of(CRITERIA, ReportScope.of(CRITERIA, TO), rows);
    }

    private static Breakdown.Row row(Breakdown breakdown, LocalAuthority area) {
        return breakdown.rows().stream().filter(row -> row.key().equals(area.name())).findFirst().orElseThrow();
    }

    @Test
    void aWithheldNumeratorIsWithheldInTheCountColumnToo() {
        people(11, COVENTRY, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 5, 1));
        people(1, COVENTRY, LocalDate.of(2025, 3, 1), null);
        people(10, BIRMINGHAM, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 5, 1));
        people(10, BIRMINGHAM, LocalDate.of(2025, 3, 1), null);

        Breakdown byArea = report().byLocalAuthority();

        // 12 - 11 would give away the one person not housed: 11 is withheld wherever it appears in the row.
        Breakdown.Row coventry = row(byArea, COVENTRY);
        assertThat(coventry.base().shown()).isEqualTo("12");
        assertThat(coventry.count().value()).as("Coventry's count beside its withheld numerator").isNull();
        assertThat(coventry.count()).isEqualTo(coventry.rate().numerator());
        assertThat(coventry.count().shown()).as("hidden only to protect the one not housed").isEqualTo("[c]");
        // With only Coventry hidden, the column's total would give it back: Birmingham's 10 is hidden with it.
        Breakdown.Row birmingham = row(byArea, BIRMINGHAM);
        assertThat(birmingham.count().shown()).isEqualTo("[c]");
        assertThat(birmingham.rate().percent()).isNull();
        assertThat(byArea.rows()).allSatisfy(row -> assertThat(row.count()).isEqualTo(row.rate().numerator()));
    }

    @Test
    void accommodatedOfAcceptedIsOfThePeopleAcceptedInThePeriod() {
        // Accepted before the period and still waiting for a home: none of them is the period's accepted.
        people(6, COVENTRY, LocalDate.of(2024, 6, 1), null);
        // Accepted before the period and housed in it: accommodated in the period, but not accepted in it.
        people(5, BIRMINGHAM, LocalDate.of(2024, 6, 1), LocalDate.of(2025, 2, 1));
        // Accepted in the period: 6 housed in it, 2 housed after it, 3 not yet.
        people(6, BIRMINGHAM, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 1));
        people(2, BIRMINGHAM, LocalDate.of(2025, 11, 1), LocalDate.of(2026, 1, 15));
        people(3, BIRMINGHAM, LocalDate.of(2025, 11, 1), null);

        HousingFirstReport report = report();

        Breakdown.Row coventry = row(report.byLocalAuthority(), COVENTRY);
        assertThat(coventry.base().shown()).as("Coventry accepted nobody in the period").isEqualTo("0");
        assertThat(coventry.count().shown()).isEqualTo("0");
        Breakdown.Row birmingham = row(report.byLocalAuthority(), BIRMINGHAM);
        assertThat(birmingham.base().value()).as("Birmingham's accepted in the period").isEqualTo(11);
        assertThat(birmingham.count().value()).isEqualTo(6);
        assertThat(report.accepted().value()).isEqualTo(11);
        assertThat(report.byLocalAuthority().measure()).contains("accepted in the period");
    }
}
