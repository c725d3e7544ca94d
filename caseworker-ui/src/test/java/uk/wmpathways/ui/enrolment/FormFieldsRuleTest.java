package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.enrolment.StepRules;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkRules;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form's check of a field is the published rule itself (the one the aggregate and the REST API apply), with
 * its own words beside the field. The job start and job start correction forms check the hourly pay with it.
 */
class FormFieldsRuleTest {

    private static ValidationResult check(Validator<BigDecimal> validator, String value) {
        return validator.apply(value == null ? null : new BigDecimal(value), null);
    }

    @Test
    void theHourlyPayFieldRefusesMoreThanTwoDecimalPlacesInTheRulesWords() {
        Validator<BigDecimal> hourlyPay = FormFields.rule(ThriveIntoWorkRules::hourlyPay);

        ValidationResult refused = check(hourlyPay, "12.345");
        assertThat(refused.isError()).isTrue();
        assertThat(refused.getErrorMessage()).isEqualTo("Hourly pay is in pounds and pence: at most 2 decimal places");

        assertThat(check(hourlyPay, "12.34").isError()).isFalse();
        assertThat(check(hourlyPay, "12.3").isError()).isFalse();
        assertThat(check(hourlyPay, "1000").getErrorMessage())
                .isEqualTo("Hourly pay must be more than £0 and less than £1000");
        assertThat(check(hourlyPay, null).getErrorMessage()).isEqualTo("Hourly pay is required");
    }

    @Test
    void theContactMinutesAndTextLimitsAreTheRulesOwn() {
        Validator<Integer> minutes = FormFields.rule(StepRules::contactMinutes);
        assertThat(minutes.apply(601, null).getErrorMessage()).isEqualTo("Duration must be from 1 to 600 minutes");
        assertThat(minutes.apply(600, null).isError()).isFalse();

        assertThat(FormFields.SHORT_TEXT).isEqualTo(StepRules.MAX_TEXT_LENGTH);
        Validator<String> employer = FormFields.rule(ThriveIntoWorkRules::employer);
        assertThat(employer.apply("e".repeat(StepRules.MAX_TEXT_LENGTH + 1), null).getErrorMessage())
                .isEqualTo("Employer must be at most " + StepRules.MAX_TEXT_LENGTH + " characters");
        assertThat(employer.apply("  ", null).getErrorMessage()).isEqualTo("Employer is required");
    }
}
