package uk.wmpathways.reporting.outcomes;

import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.reporting.api.Definition;
import uk.wmpathways.reporting.api.EqualityReport;
import uk.wmpathways.reporting.api.ReportCriteria;

import java.util.Collection;

/**
 * Builds the suppressed {@link EqualityReport}: a pathway's headline rate (Thrive into Work: job conversion;
 * Housing First: people accommodated in the period of people accepted in the period; Rough Sleeping
 * Initiative: people moved on of people supported) by ethnicity, sex, age band at the start of the enrolment
 * and disability. Its breakdowns are rounded to the nearest 5 ({@link Suppression#roundedBreakdown}): they
 * are the special category data a programme manager must not learn of anyone.
 */
final class EqualityReports {

    private EqualityReports() {
    }

    static EqualityReport of(ReportCriteria criteria, ReportScope scope, Pathway pathway,
                             Collection<OutcomeRow> enrolments) {
        HeadlineRate headline = headline(pathway, scope, enrolments);
        boolean anyUnder16 = headline.base().stream()
                .anyMatch(enrolment -> EqualityDimensions.ageBandOf(enrolment).equals(AgeBand.UNDER_16.name()));
        return new EqualityReport(criteria, pathway, headline.measure(),
                Suppression.roundedBreakdown(headline.by(EqualityDimensions.ETHNICITY, EqualityDimensions.ethnicities(),
                        EqualityDimensions::ethnicityOf)).definedAs(Definition.EQUALITY_BY_ETHNICITY),
                Suppression.roundedBreakdown(headline.by(EqualityDimensions.SEX, EqualityDimensions.sexes(),
                        EqualityDimensions::sexOf)).definedAs(Definition.EQUALITY_BY_SEX),
                Suppression.roundedBreakdown(headline.by(EqualityDimensions.AGE_BAND,
                        EqualityDimensions.ageBands(anyUnder16), EqualityDimensions::ageBandOf))
                        .definedAs(Definition.EQUALITY_BY_AGE_BAND),
                Suppression.roundedBreakdown(headline.by(EqualityDimensions.DISABILITY,
                        EqualityDimensions.disabilities(), EqualityDimensions::disabilityOf))
                        .definedAs(Definition.EQUALITY_BY_DISABILITY),
                Definition.glossary(Definition.Report.EQUALITY));
    }

    static HeadlineRate headline(Pathway pathway, ReportScope scope, Collection<OutcomeRow> enrolments) {
        return switch (pathway) {
            case THRIVE_INTO_WORK -> new ThriveIntoWorkMeasures(enrolments, scope).conversion();
            case HOUSING_FIRST -> new HousingFirstMeasures(enrolments, scope).accommodatedOfAccepted();
            case ROUGH_SLEEPING_INITIATIVE -> new RoughSleepingMeasures(enrolments, scope).movedOnOfSupported();
        };
    }
}
