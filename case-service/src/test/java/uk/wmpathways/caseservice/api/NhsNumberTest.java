package uk.wmpathways.caseservice.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NhsNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "943 476 5919", "943-476-5919", "4010232137"})
    void acceptsValidNumbersWrittenInAnyCommonWay(String text) {
        assertThat(NhsNumber.problem(text)).isEmpty();
    }

    @Test
    void rejectsAWrongCheckDigit() {
        assertThat(NhsNumber.problem("9434765918")).contains("NHS number is not valid: its check digit does not match");
    }

    @Test
    void rejectsANumberWhoseCheckWouldBeTen() {
        // digits 1-9 of 123456789: sum = 1*10+2*9+...+9*2 = 210; 210 mod 11 = 1; 11 - 1 = 10: no valid number
        assertThat(NhsNumber.hasValidCheckDigit("1234567890")).isFalse();
        assertThat(NhsNumber.hasValidCheckDigit("1234567891")).isFalse();
    }

    @Test
    void treatsCheckElevenAsZero() {
        // 000000000: sum 0, 11 - 0 = 11, which means 0
        assertThat(NhsNumber.hasValidCheckDigit("0000000000")).isTrue();
    }

    @Test
    void rejectsTextThatIsNotTenDigits() {
        assertThat(NhsNumber.problem("94347659")).contains("NHS number must be 10 digits");
        assertThat(NhsNumber.problem("94347659AB")).contains("NHS number must be 10 digits");
        assertThat(NhsNumber.problem(null)).contains("NHS number must be 10 digits");
    }

    @Test
    void formatsAsThreeThreeFour() {
        assertThat(NhsNumber.formatted("9434765919")).isEqualTo("943 476 5919");
    }

    @Test
    void parsesLocalAuthorityCodesInAnyCase() {
        assertThat(LocalAuthority.parse(" walsall ")).contains(LocalAuthority.WALSALL);
        assertThat(LocalAuthority.parse("Atlantis")).isEmpty();
    }
}
