package uk.wmpathways.caseservice.api.retention;

import uk.wmpathways.caseservice.api.enrolment.Pathway;

import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How long a person's record is kept: after their last enrolment of each pathway closed, and, for a person never
 * enrolled, after their registration. docs/data-protection.md ("Retention") says why each default was chosen.
 */
public record RetentionPolicy(Period housingFirst, Period roughSleeping, Period thriveIntoWork,
                              Period withoutEnrolment, Period gpReferralNotAccepted) {

    /** Two years after a GP referral that never became an enrolment was decided, or received if never decided. */
    public static final Period GP_REFERRAL_NOT_ACCEPTED = Period.ofYears(2);

    /** The people's periods, with the default for GP referrals not accepted. */
    public RetentionPolicy(Period housingFirst, Period roughSleeping, Period thriveIntoWork, Period withoutEnrolment) {
        this(housingFirst, roughSleeping, thriveIntoWork, withoutEnrolment, GP_REFERRAL_NOT_ACCEPTED);
    }

    /** Six years after closure (Limitation Act 1980), ten for the trial's research records, two without enrolment. */
    public static final RetentionPolicy DEFAULT = new RetentionPolicy(Period.ofYears(6), Period.ofYears(6),
            Period.ofYears(10), Period.ofYears(2));

    /** The settings' names (under {@code pathways.retention.}) and their periods, in the order documented. */
    public Map<String, Period> bySetting() {
        Map<String, Period> periods = new LinkedHashMap<>();
        periods.put("housing-first", housingFirst);
        periods.put("rough-sleeping", roughSleeping);
        periods.put("thrive-into-work", thriveIntoWork);
        periods.put("without-enrolment", withoutEnrolment);
        periods.put("gp-referral-not-accepted", gpReferralNotAccepted);
        return periods;
    }

    /** How long a record is kept after an enrolment of this pathway closed. */
    public Period afterClosure(Pathway pathway) {
        return switch (pathway) {
            case HOUSING_FIRST -> housingFirst;
            case ROUGH_SLEEPING_INITIATIVE -> roughSleeping;
            case THRIVE_INTO_WORK -> thriveIntoWork;
        };
    }
}
