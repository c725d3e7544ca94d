package uk.wmpathways.caseservice.enrolment;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Enabled caseworkers by username; a disabled or non-caseworker account is simply not in the map. */
class InMemoryWorkers implements Workers {

    final Map<String, Caseworker> caseworkers = new HashMap<>();

    InMemoryWorkers with(String username, String organisation) {
        caseworkers.put(username, new Caseworker(username, organisation));
        return this;
    }

    @Override
    public Optional<Caseworker> caseworker(String username) {
        return Optional.ofNullable(caseworkers.get(username));
    }
}
