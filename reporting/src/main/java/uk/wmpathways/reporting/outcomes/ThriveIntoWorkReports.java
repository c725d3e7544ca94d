package uk.wmpathways.reporting.outcomes;

import uk.wmpathways.caseservice.api.enrolment.TrialArm;
import uk.wmpathways.reporting.api.Breakdown;
import uk.wmpathways.reporting.api.Figure;
import uk.wmpathways.reporting.api.Rate;
import uk.wmpathways.reporting.api.ReportCriteria;
import uk.wmpathways.reporting.api.ThriveIntoWorkReport;
import uk.wmpathways.reporting.api.TrialEffect;

import java.util.Collection;
import java.util.function.UnaryOperator;

/**
 * Builds the suppressed {@link ThriveIntoWorkReport} from the measures ({@link ThriveIntoWorkMeasures}). The
 * trial effect is the treatment arm's job conversion rate minus the control arm's, in percentage points, with
 * Newcombe's hybrid score interval; it is shown only when both arms' rates are.
 */
final class ThriveIntoWorkReports {

    /** The public purse saving of moving a person from worklessness into work, a year (domain.md). */
    static final long FISCAL_BENEFIT_POUNDS_PER_JOB_START = 12_035;

    private ThriveIntoWorkReports() {
    }

    static ThriveIntoWorkReport of(ReportCriteria criteria, ReportScope scope, Collection<OutcomeRow> enrolments,
                                   UnaryOperator<String> providerName) {
        ThriveIntoWorkMeasures measures = new ThriveIntoWorkMeasures(enrolments, scope);
        HeadlineRate conversion = measures.conversion();
        Figure supported = Suppression.figure(measures.supportedPeople());
        Figure jobStarts = Suppression.figure(measures.jobStartCount());
        Breakdown byArm = Suppression.breakdown(conversion.by(Dimensions.TRIAL_ARM, Dimensions.trialArms(),
                Dimensions::trialArmOf));
        return new ThriveIntoWorkReport(criteria,
                supported,
                jobStarts,
                Suppression.rate(conversion.proportion(), jobStarts, supported),
                Suppression.rate(measures.sustainedFor(13)),
                Suppression.rate(measures.sustainedFor(26)),
                Suppression.median(measures.daysToFirstEmployerContact()),
                Suppression.rate(measures.firstEmployerContactWithin30Days()),
                Suppression.breakdown(conversion.by(Dimensions.LOCAL_AUTHORITY, Dimensions.localAuthorities(),
                        Dimensions::localAuthorityOf)),
                Suppression.breakdown(conversion.by(Dimensions.PROVIDER,
                        conversion.categoriesInBase(Dimensions::providerOf, providerName), Dimensions::providerOf)),
                byArm,
                trialEffect(conversion, byArm),
                jobStarts.isSuppressed() ? null : jobStarts.value() * FISCAL_BENEFIT_POUNDS_PER_JOB_START);
    }

    static TrialEffect trialEffect(HeadlineRate conversion, Breakdown byArm) {
        Rate treatment = rateOf(byArm, TrialArm.TREATMENT);
        Rate control = rateOf(byArm, TrialArm.CONTROL);
        if (treatment.percent() == null || control.percent() == null) {
            return new TrialEffect(treatment, control, null, null, null, NewcombeHybridScore.METHOD);
        }
        Tally arms = conversion.by(Dimensions.TRIAL_ARM, Dimensions.trialArms(), Dimensions::trialArmOf);
        Tally.Row treated = arms.rows().get(TrialArm.TREATMENT.ordinal());
        Tally.Row usualCare = arms.rows().get(TrialArm.CONTROL.ordinal());
        NewcombeHybridScore effect = NewcombeHybridScore.of(treated.count(), treated.base(), usualCare.count(),
                usualCare.base());
        return new TrialEffect(treatment, control, Suppression.percent(effect.difference()),
                Suppression.percent(effect.low()), Suppression.percent(effect.high()), NewcombeHybridScore.METHOD);
    }

    private static Rate rateOf(Breakdown byArm, TrialArm arm) {
        return byArm.rows().stream().filter(row -> row.key().equals(arm.name())).findFirst().orElseThrow().rate();
    }
}
