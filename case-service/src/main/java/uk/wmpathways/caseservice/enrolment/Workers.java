package uk.wmpathways.caseservice.enrolment;

import java.util.Optional;

/** The people an enrolment can be assigned to: enabled caseworker accounts. */
interface Workers {

    /** The enabled caseworker with this username; empty when there is none or the account is disabled. */
    Optional<Caseworker> caseworker(String username);

    /** {@code organisation} is null for a caseworker who works across organisations. */
    record Caseworker(String username, String organisation) {

        boolean mayWorkFor(String providerOrganisation) {
            return organisation == null || organisation.equals(providerOrganisation);
        }
    }
}
