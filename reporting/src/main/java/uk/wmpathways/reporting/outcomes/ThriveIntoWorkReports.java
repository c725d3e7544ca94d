package uk.wmpathways.reporting.outcomes;

import uk.wmpathways.caseservice.api.enrolment.TrialArm;
import uk.wmpathways.reporting.api.Breakdown;
import uk.wmpathways.reporting.api.Definition;
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
        // The headline job starts are the conversion rate's numerator, withheld with it when few people had none.
        Rate jobConversion = Suppression.rate(conversion.proportion(), Suppression.figure(measures.jobStartCount()),
                supported);
        Figure jobStarts = jobConversion.numerator();
        Breakdown byArm = Suppression.breakdown(conversion.by(Dimensions.TRIAL_ARM, Dimensions.trialArms(),
                Dimensions::trialArmOf));
        return new ThriveIntoWorkReport(criteria,
                supported.definedAs(Definition.TIW_SUPPORTED),
                jobStarts.definedAs(Definition.TIW_JOB_STARTS),
                jobConversion.definedAs(Definition.TIW_JOB_CONVERSION),
                Suppression.rate(measures.sustainedFor(13)).definedAs(Definition.TIW_SUSTAINED_13),
                Suppression.rate(measures.sustainedFor(26)).definedAs(Definition.TIW_SUSTAINED_26),
                Suppression.figure(measures.awaitingCheckAt(13)).definedAs(Definition.TIW_AWAITING_13),
                Suppression.figure(measures.awaitingCheckAt(26)).definedAs(Definition.TIW_AWAITING_26),
                Suppression.median(measures.daysToFirstEmployerContact()),
                Suppression.rate(measures.firstEmployerContactWithin30Days())
                        .definedAs(Definition.TIW_EMPLOYER_CONTACT_WITHIN_30_DAYS),
                Suppression.breakdown(conversion.by(Dimensions.LOCAL_AUTHORITY, Dimensions.localAuthorities(),
                        Dimensions::localAuthorityOf)).definedAs(Definition.TIW_BY_LOCAL_AUTHORITY),
                Suppression.breakdown(conversion.by(Dimensions.PROVIDER,
                        conversion.categoriesInBase(Dimensions::providerOf, providerName), Dimensions::providerOf))
                        .definedAs(Definition.TIW_BY_PROVIDER),
                byArm.definedAs(Definition.TIW_BY_TRIAL_ARM),
                trialEffect(conversion, byArm).definedAs(Definition.TIW_TRIAL_EFFECT, Definition.TIW_BY_TRIAL_ARM),
                jobStarts.isSuppressed() ? null : jobStarts.value() * FISCAL_BENEFIT_POUNDS_PER_JOB_START,
                Definition.glossary(Definition.Report.THRIVE_INTO_WORK));
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
