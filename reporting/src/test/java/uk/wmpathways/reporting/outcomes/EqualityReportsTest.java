package uk.wmpathways.reporting.outcomes;

import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.Disability;
import uk.wmpathways.caseservice.api.EqualityDetails;
import uk.wmpathways.caseservice.api.EthnicGroup;
import uk.wmpathways.caseservice.api.Sex;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.reporting.api.Breakdown;
import uk.wmpathways.reporting.api.EqualityReport;
import uk.wmpathways.reporting.api.ReportCriteria;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.wmpathways.caseservice.api.LocalAuthority.DUDLEY;
import static uk.wmpathways.caseservice.api.enrolment.FundingStream.THRIVE_INTO_WORK_TRIAL;
import static uk.wmpathways.caseservice.api.enrolment.TrialArm.TREATMENT;

class EqualityReportsTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);
    private static final ReportCriteria CRITERIA = new ReportCriteria(FROM, TO, null, null, null, null);
    private static final LocalDate ENROLLED = LocalDate.of(2025, 3, 1);

    private final List<OutcomeRow> rows = new ArrayList<>();

    private void people(int count, ParticipantFacts facts, boolean withJob) {
        for (int i = 0; i < count; i++) {
            History history = History.thriveIntoWork("p" + rows.size(), "WORK-WELL", DUDLEY, THRIVE_INTO_WORK_TRIAL,
                    ENROLLED, facts).enrolled(ENROLLED).allocated(TREATMENT, ENROLLED);
            if (withJob) {
                history.jobStarted("j" + rows.size(), ENROLLED.plusMonths(2), 16);
            }
            rows.add(history.row());
        }
    }

    private static Breakdown.Row row(Breakdown breakdown, String key) {
        return breakdown.rows().stream().filter(row -> row.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theJobConversionRateIsBrokenDownByEachCharacteristicWithANotRecordedRow() {
        ParticipantFacts youngWhiteWoman = new ParticipantFacts(LocalDate.of(2003, 6, 1),
                new EqualityDetails(EthnicGroup.WHITE, Sex.FEMALE, Disability.YES));
        ParticipantFacts olderAsianMan = new ParticipantFacts(LocalDate.of(1970, 6, 1),
                new EqualityDetails(EthnicGroup.ASIAN, Sex.MALE, Disability.PREFER_NOT_TO_SAY));
        people(10, youngWhiteWoman, true);
        people(5, youngWhiteWoman, false);
        people(5, olderAsianMan, true);
        people(5, olderAsianMan, false);
        people(7, ParticipantFacts.NOT_RECORDED, false);

        EqualityReport report = EqualityReports.of(CRITERIA, ReportScope.of(CRITERIA, TO), Pathway.THRIVE_INTO_WORK, rows);

        assertThat(report.measure()).isEqualTo("Job conversion rate");
        assertThat(row(report.byEthnicity(), "WHITE")).extracting(r -> r.count().value(), r -> r.base().value(),
                r -> r.rate().percent()).containsExactly(10L, 15L, 66.7);
        assertThat(row(report.byEthnicity(), "ASIAN").rate().percent()).isEqualTo(50.0);
        assertThat(row(report.byEthnicity(), "NOT_RECORDED")).extracting(r -> r.count().value(), r -> r.base().value())
                .as("7 rounded to the nearest 5").containsExactly(0L, 5L);
        assertThat(row(report.byEthnicity(), "BLACK").base().value()).isZero();
        assertThat(report.bySex().rows()).extracting(Breakdown.Row::label)
                .containsExactly("Female", "Male", "Prefer not to say", "Not recorded");
        assertThat(report.byAgeBand().rows()).extracting(Breakdown.Row::label)
                .containsExactly("16-24", "25-34", "35-49", "50-64", "65+", "Not recorded");
        assertThat(row(report.byAgeBand(), "AGED_16_TO_24").base().value()).isEqualTo(15);
        assertThat(row(report.byAgeBand(), "AGED_50_TO_64").base().value()).isEqualTo(10);
        assertThat(row(report.byDisability(), "PREFER_NOT_TO_SAY").count().value()).isEqualTo(5);
    }

    @Test
    void theAgeBandIsTheAgeAtTheStartOfTheEnrolment() {
        LocalDate birthday = ENROLLED.minusYears(25);
        assertThat(AgeBand.on(birthday, ENROLLED)).isEqualTo(AgeBand.AGED_25_TO_34);
        assertThat(AgeBand.on(birthday.plusDays(1), ENROLLED)).isEqualTo(AgeBand.AGED_16_TO_24);
        assertThat(AgeBand.on(ENROLLED.minusYears(65), ENROLLED)).isEqualTo(AgeBand.AGED_65_AND_OVER);
        assertThat(AgeBand.on(ENROLLED.minusYears(15), ENROLLED)).isEqualTo(AgeBand.UNDER_16);
    }

    @Test
    void aSmallEqualityGroupIsSuppressedTogetherWithTheNextSmallest() {
        people(3, new ParticipantFacts(LocalDate.of(1990, 1, 1), new EqualityDetails(EthnicGroup.BLACK, null, null)), true);
        people(6, new ParticipantFacts(LocalDate.of(1990, 1, 1), new EqualityDetails(EthnicGroup.MIXED, null, null)), true);
        people(20, new ParticipantFacts(LocalDate.of(1990, 1, 1), new EqualityDetails(EthnicGroup.WHITE, null, null)), true);

        EqualityReport report = EqualityReports.of(CRITERIA, ReportScope.of(CRITERIA, TO), Pathway.THRIVE_INTO_WORK, rows);

        assertThat(report.byEthnicity().rows()).extracting(r -> r.key() + ":" + r.base().shown())
                .containsExactly("ASIAN:[c]", "BLACK:<5", "MIXED:[c]", "WHITE:20", "OTHER:[c]",
                        "PREFER_NOT_TO_SAY:[c]", "NOT_RECORDED:[c]");
    }

    @Test
    void theOnePersonOfAMonthIsNotDescribed() {
        // The issue: one person in the period, one category "<5" and every other 0 gave away their ethnicity,
        // sex, age band and disability. A table of fewer than 10 people now shows nothing.
        people(1, new ParticipantFacts(LocalDate.of(1990, 1, 1),
                new EqualityDetails(EthnicGroup.BLACK, Sex.FEMALE, Disability.YES)), true);

        EqualityReport report = EqualityReports.of(CRITERIA, ReportScope.of(CRITERIA, TO), Pathway.THRIVE_INTO_WORK, rows);

        for (Breakdown breakdown : List.of(report.byEthnicity(), report.bySex(), report.byAgeBand(),
                report.byDisability())) {
            assertThat(breakdown.rows()).as(breakdown.dimension()).allSatisfy(r -> {
                assertThat(r.count().shown()).isEqualTo("[c]");
                assertThat(r.base().shown()).isEqualTo("[c]");
            });
        }
    }

    @Test
    void twoReportsWhosePeopleDifferByOneShowTheSameEqualityTables() {
        // Every cell 5 or more, and a second report with one more person: the exact tables differed in that
        // person's cells. Rounded to 5 they do not (here; docs/disclosure.md says when they still can).
        ParticipantFacts woman = new ParticipantFacts(LocalDate.of(2003, 6, 1),
                new EqualityDetails(EthnicGroup.WHITE, Sex.FEMALE, Disability.YES));
        ParticipantFacts man = new ParticipantFacts(LocalDate.of(1970, 6, 1),
                new EqualityDetails(EthnicGroup.ASIAN, Sex.MALE, Disability.NO));
        people(11, woman, true);
        people(11, man, false);
        EqualityReport before = EqualityReports.of(CRITERIA, ReportScope.of(CRITERIA, TO), Pathway.THRIVE_INTO_WORK,
                List.copyOf(rows));
        people(1, woman, true);
        EqualityReport after = EqualityReports.of(CRITERIA, ReportScope.of(CRITERIA, TO), Pathway.THRIVE_INTO_WORK, rows);

        assertThat(after.byEthnicity()).isEqualTo(before.byEthnicity());
        assertThat(after.bySex()).isEqualTo(before.bySex());
        assertThat(after.byAgeBand()).isEqualTo(before.byAgeBand());
        assertThat(after.byDisability()).isEqualTo(before.byDisability());
    }
}
