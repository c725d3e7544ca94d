package uk.wmpathways.caseservice.participant;

import uk.wmpathways.caseservice.api.consent.ConsentScope;

/** A consent as the participant aggregate remembers it: enough to decide withdrawal and restriction. */
record GivenConsent(ConsentScope scope, String organisation, boolean withdrawn) {

    GivenConsent withdrawnNow() {
        return new GivenConsent(scope, organisation, true);
    }
}
