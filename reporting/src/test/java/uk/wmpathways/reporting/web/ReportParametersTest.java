package uk.wmpathways.reporting.web;

import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.infra.organisation.ProviderOrganisations;
import uk.wmpathways.infra.web.InvalidField;
import uk.wmpathways.reporting.api.ReportCriteria;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportParametersTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    private static final ProviderOrganisations ORGANISATIONS = new ProviderOrganisations(Map.of());

    private static ReportCriteria criteria(String from, String to, String asAt, String localAuthority,
                                           String organisation, String fundingStream) {
        return ReportParameters.criteria(from, to, asAt, localAuthority, organisation, fundingStream, TODAY,
                ORGANISATIONS);
    }

    private static List<InvalidField> problems(Runnable request) {
        try {
            request.run();
        } catch (InvalidReportParametersException e) {
            return e.problems();
        }
        throw new AssertionError("The request was accepted");
    }

    private static String messageFor(List<InvalidField> problems, String field) {
        return problems.stream().filter(p -> p.field().equals(field)).map(InvalidField::message).findFirst()
                .orElseThrow(() -> new AssertionError("No problem with " + field + " in " + problems));
    }

    @Test
    void readsThePeriodTheAsAtDateAndTheFiltersGivenInAnyCase() {
        ReportCriteria criteria = criteria("2024-05-01", "2025-04-30", "2025-06-15", "walsall", "demo-support",
                "thrive_into_work_trial");

        assertThat(criteria).isEqualTo(new ReportCriteria(LocalDate.of(2024, 5, 1), LocalDate.of(2025, 4, 30),
                TODAY, LocalAuthority.WALSALL, "DEMO-SUPPORT", FundingStream.THRIVE_INTO_WORK_TRIAL));
        assertThat(criteria("2025-01-01", "2025-01-31", null, null, " ", null).asAt()).as("now").isNull();
    }

    @Test
    void bothEndsOfThePeriodAreRequired() {
        List<InvalidField> problems = problems(() -> criteria(null, " ", null, null, null, null));

        assertThat(problems).extracting(InvalidField::field).containsExactly("from", "to");
        assertThat(messageFor(problems, "from")).contains("required").contains("YYYY-MM-DD");
    }

    @Test
    void aDateMustBeAnIsoDate() {
        List<InvalidField> problems = problems(() -> criteria("01/05/2024", "2025-02-30", "yesterday", null, null, null));

        assertThat(problems).extracting(InvalidField::field).containsExactly("from", "to", "asAt");
        assertThat(messageFor(problems, "from")).isEqualTo("Not a valid date for from: use YYYY-MM-DD, for example 2025-04-30");
    }

    @Test
    void thePeriodMustNotEndBeforeItStarts() {
        List<InvalidField> problems = problems(() -> criteria("2025-05-01", "2025-04-30", null, null, null, null));

        assertThat(messageFor(problems, "to")).contains("must not end before it starts");
    }

    @Test
    void aPeriodOfDaysOrAMidMonthAsAtIsRefusedWithTheOtherProblems() {
        List<InvalidField> problems = problems(() -> criteria("2025-03-03", "2025-03-03", "2025-04-15", "Atlantis",
                null, null));

        assertThat(problems).extracting(InvalidField::field).containsExactly("from", "to", "asAt", "localAuthority");
        assertThat(messageFor(problems, "to")).contains("last day of a month", "2025-03-31");
        assertThat(messageFor(problems, "asAt")).contains("2025-03-31", "2025-04-30");
        assertThat(messageFor(problems("2025-01-01", "2025-06-30"), "to")).contains("2025-05-31");
    }

    private static List<InvalidField> problems(String from, String to) {
        return problems(() -> criteria(from, to, null, null, null, null));
    }

    @Test
    void theAsAtDateCannotBeInTheFuture() {
        List<InvalidField> problems = problems(() -> criteria("2024-05-01", "2025-04-30", "2025-06-16", null, null, null));

        assertThat(messageFor(problems, "asAt")).isEqualTo("The as-at date cannot be in the future: use 2025-06-15 or earlier");
    }

    @Test
    void anUnknownCodeIsRefusedWithTheCodesThatAreAllowed() {
        List<InvalidField> problems = problems(() -> criteria("2024-05-01", "2025-04-30", null, "Atlantis",
                "NOBODY", "LOTTERY"));

        assertThat(messageFor(problems, "localAuthority"))
                .isEqualTo("Unknown local authority: use one of " + LocalAuthority.allCodes());
        assertThat(messageFor(problems, "providerOrganisation")).contains("DEMO-SUPPORT", "HOMES-FIRST",
                "STREET-OUTREACH", "WORK-WELL");
        assertThat(messageFor(problems, "fundingStream")).contains("HOUSING_FIRST_PILOT", "THRIVE_INTO_WORK_EXPANSION");
    }

    @Test
    void aPathwayIsNamedByItsAddressItsCodeOrItsShortName() {
        assertThat(ReportParameters.pathway("thrive-into-work")).isEqualTo(Pathway.THRIVE_INTO_WORK);
        assertThat(ReportParameters.pathway("HOUSING_FIRST")).isEqualTo(Pathway.HOUSING_FIRST);
        assertThat(ReportParameters.pathway("rsi")).isEqualTo(Pathway.ROUGH_SLEEPING_INITIATIVE);
        assertThatThrownBy(() -> ReportParameters.pathway("gardening"))
                .isInstanceOfSatisfying(InvalidReportParametersException.class, e -> assertThat(e.problems().get(0).message())
                        .contains("THRIVE_INTO_WORK"));
    }
}
