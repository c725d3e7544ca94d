package uk.wmpathways.caseservice.api.enrolment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The field rules of the Thrive into Work steps, shared by the aggregate, the REST API and the forms. */
public final class ThriveIntoWorkRules {

    public static final List<Integer> JOB_CHECK_WEEKS = List.of(13, 26);
    public static final int FIRST_EMPLOYER_CONTACT_WITHIN_DAYS = 30;
    public static final BigDecimal MAX_HOURS_PER_WEEK = BigDecimal.valueOf(80);
    public static final BigDecimal HOURLY_PAY_BELOW = BigDecimal.valueOf(1000);
    private static final Pattern ODS_CODE = Pattern.compile("[A-Za-z0-9]{3,10}");

    private ThriveIntoWorkRules() {
    }

    public static Optional<String> hoursPerWeek(BigDecimal hours) {
        if (hours == null) {
            return Optional.of("Hours a week is required");
        }
        return hours.signum() <= 0 || hours.compareTo(MAX_HOURS_PER_WEEK) > 0
                ? Optional.of("Hours a week must be more than 0 and at most " + MAX_HOURS_PER_WEEK)
                : Optional.empty();
    }

    /** Pounds and pence: more than £0, less than £1000, at most two decimal places (£12.345 is refused). */
    public static Optional<String> hourlyPay(BigDecimal pay) {
        if (pay == null) {
            return Optional.of("Hourly pay is required");
        }
        if (pay.signum() <= 0 || pay.compareTo(HOURLY_PAY_BELOW) >= 0) {
            return Optional.of("Hourly pay must be more than £0 and less than £" + HOURLY_PAY_BELOW);
        }
        return pay.stripTrailingZeros().scale() > 2
                ? Optional.of("Hourly pay is in pounds and pence: at most 2 decimal places")
                : Optional.empty();
    }

    /** Optional; when given, an ODS code shape (3 to 10 letters or digits). */
    public static Optional<String> referrerOdsCode(String odsCode) {
        return !StepRules.isBlank(odsCode) && !ODS_CODE.matcher(odsCode.trim()).matches()
                ? Optional.of("Referrer ODS code must be 3 to 10 letters or digits")
                : Optional.empty();
    }

    public static Optional<String> jobCheckWeeks(int weeks) {
        return JOB_CHECK_WEEKS.contains(weeks)
                ? Optional.empty()
                : Optional.of("Weeks after start must be one of " + StepRules.listed(JOB_CHECK_WEEKS));
    }
}
