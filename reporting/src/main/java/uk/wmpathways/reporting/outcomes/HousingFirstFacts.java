package uk.wmpathways.reporting.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A Housing First enrolment's outcome facts: when the referral was accepted (null: not accepted) and its tenancies. */
record HousingFirstFacts(LocalDate acceptedOn, List<Tenancy> tenancies) {

    static final HousingFirstFacts REFERRED = new HousingFirstFacts(null, List.of());

    HousingFirstFacts acceptedOn(LocalDate day) {
        return new HousingFirstFacts(day, tenancies);
    }

    HousingFirstFacts withTenancy(Tenancy tenancy) {
        List<Tenancy> all = new ArrayList<>(tenancies);
        all.add(tenancy);
        return new HousingFirstFacts(acceptedOn, List.copyOf(all));
    }

    HousingFirstFacts tenancyEnded(String tenancyId, LocalDate day) {
        return new HousingFirstFacts(acceptedOn, tenancies.stream()
                .map(tenancy -> tenancy.id().equals(tenancyId) ? tenancy.endedOn(day) : tenancy)
                .toList());
    }

    Optional<Tenancy> firstTenancy() {
        return tenancies.stream().min(Comparator.comparing(Tenancy::startedOn));
    }
}
