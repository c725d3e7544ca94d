package uk.wmpathways.caseservice.api.retention;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * When the personal data of a GP referral that never became an enrolment is due for erasure: its retention period
 * ({@code pathways.retention.gp-referral-not-accepted}) after it was rejected or cancelled, or, never decided, after
 * it was received. An accepted referral is kept and erased with the person's record; an erased one is done.
 * docs/data-protection.md says why.
 */
public final class GpReferralRetentionRule {

    private GpReferralRetentionRule() {
    }

    /**
     * What the rule needs of a referral, as UK days.
     *
     * @param decidedOn the day it was rejected or cancelled; null while undecided (or when accepted)
     */
    public record Referral(String referralId, LocalDate receivedOn, LocalDate decidedOn, boolean accepted,
                           boolean erased) {
    }

    /** The first day its personal data may be erased; empty when it is never erased by this rule. */
    public static Optional<LocalDate> endsOn(Period period, Referral referral) {
        if (referral.accepted() || referral.erased()) {
            return Optional.empty();
        }
        LocalDate from = referral.decidedOn() != null ? referral.decidedOn() : referral.receivedOn();
        return Optional.ofNullable(from).map(day -> day.plus(period));
    }

    public static boolean due(Period period, LocalDate today, Referral referral) {
        return endsOn(period, referral).map(day -> !day.isAfter(today)).orElse(false);
    }
}
