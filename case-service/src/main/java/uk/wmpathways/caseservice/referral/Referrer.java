package uk.wmpathways.caseservice.referral;

import uk.wmpathways.infra.access.Caller;

/**
 * Who made a referral and so may withdraw it. Today a provider organisation; a GP practice (by its ODS code,
 * the GP referral issue) becomes another kind here, matched against a GP referrer's practice.
 */
record Referrer(String organisation) {

    static Referrer organisation(String code) {
        return new Referrer(code);
    }

    boolean isOf(Caller caller) {
        return organisation != null && caller.worksFor(organisation);
    }
}
