package uk.wmpathways.caseservice.api.enrolment;

import java.util.List;
import java.util.Optional;

/** The field rules of the Housing First steps, shared by the aggregate, the REST API and the forms. */
public final class HousingFirstRules {

    public static final List<Integer> TENANCY_CHECK_MONTHS = List.of(6, 12, 24);

    private HousingFirstRules() {
    }

    public static Optional<String> property(String property) {
        return StepRules.text("Property", property, StepRules.MAX_TEXT_LENGTH);
    }

    public static Optional<String> tenancyCheckMonths(int months) {
        return TENANCY_CHECK_MONTHS.contains(months)
                ? Optional.empty()
                : Optional.of("Months after start must be one of " + StepRules.listed(TENANCY_CHECK_MONTHS));
    }
}
