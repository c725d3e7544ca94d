package uk.wmpathways.reporting.outcomes;

import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The breakdowns by where, by whom and in which trial arm an enrolment is delivered. */
final class Dimensions {

    static final String LOCAL_AUTHORITY = "Local authority";
    static final String PROVIDER = "Provider organisation";
    static final String TRIAL_ARM = "Trial arm";

    private Dimensions() {
    }

    /** Every local authority, so that a chart of them keeps its shape from one report to the next. */
    static List<Category> localAuthorities() {
        return Arrays.stream(LocalAuthority.values())
                .map(authority -> new Category(authority.name(), authority.displayName()))
                .toList();
    }

    static String localAuthorityOf(OutcomeRow enrolment) {
        return enrolment.localAuthority() == null ? Category.NOT_RECORDED_KEY : enrolment.localAuthority().name();
    }

    static String providerOf(OutcomeRow enrolment) {
        return Objects.requireNonNullElse(enrolment.providerOrganisation(), Category.NOT_RECORDED_KEY);
    }

    static List<Category> trialArms() {
        return Arrays.stream(TrialArm.values()).map(arm -> new Category(arm.name(), arm.label())).toList();
    }

    /**
     * The arm of a trial-funded enrolment. Outside the trial there is none (domain.md), also for an expansion
     * enrolment allocated one before that rule was kept: it was never part of the trial's randomisation.
     */
    static String trialArmOf(OutcomeRow enrolment) {
        TrialArm arm = enrolment.thriveIntoWork().arm();
        return arm == null || enrolment.fundingStream() != FundingStream.THRIVE_INTO_WORK_TRIAL
                ? Category.NOT_RECORDED_KEY : arm.name();
    }
}
