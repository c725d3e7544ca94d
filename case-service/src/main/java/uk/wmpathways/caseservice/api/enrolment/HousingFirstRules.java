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

    /** The referral's fields, those every start has included. */
    public static void referral(ReferToHousingFirst command, StepProblems problems) {
        StepRules.start(command, Pathway.HOUSING_FIRST, problems);
        problems.required("source", command.source(), "Referral source")
                .stepDate("referredOn", command.referredOn(), "Referral date");
    }

    public static void eligibilityAssessment(AssessHousingFirstEligibility command, StepProblems problems) {
        problems.addIf(!command.accepted() && command.declineReason() == null, "declineReason",
                        "Decline reason is required when the referral is declined")
                .addIf(command.accepted() && command.declineReason() != null, "declineReason",
                        "A decline reason is given only when the referral is declined")
                .stepDate("assessedOn", command.assessedOn(), "Assessment date");
    }

    public static void startTenancy(StartTenancy command, StepProblems problems) {
        problems.check("property", property(command.property()))
                .required("landlordType", command.landlordType(), "Landlord type")
                .stepDate("startedOn", command.startedOn(), "Tenancy start date");
    }

    public static void tenancyCheck(RecordTenancySustainmentCheck command, StepProblems problems) {
        problems.required("tenancyId", command.tenancyId(), "Tenancy")
                .check("monthsAfterStart", tenancyCheckMonths(command.monthsAfterStart()))
                .stepDate("checkedOn", command.checkedOn(), "Check date");
    }

    public static void endTenancy(EndTenancy command, StepProblems problems) {
        problems.required("tenancyId", command.tenancyId(), "Tenancy")
                .required("reason", command.reason(), "Reason the tenancy ended")
                .stepDate("endedOn", command.endedOn(), "Tenancy end date");
    }
}
