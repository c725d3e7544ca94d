package uk.wmpathways.caseservice.api;

import java.util.Optional;

/**
 * NHS number rules: ten digits, the tenth a Modulus 11 check digit (weights 10 down to 2 on digits 1-9;
 * check = 11 - (sum mod 11); 11 means 0; 10 means the number is invalid). Shown as 3-3-4 digits.
 */
public final class NhsNumber {

    private NhsNumber() {
    }

    /** The ten digits of a number typed with or without spaces or hyphens, or empty if it is not ten digits. */
    public static Optional<String> digitsOf(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.replace(" ", "").replace("-", "");
        return digits.matches("\\d{10}") ? Optional.of(digits) : Optional.empty();
    }

    public static boolean hasValidCheckDigit(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (tenDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == tenDigits.charAt(9) - '0';
    }

    /** Why the text is not a valid NHS number, or empty if it is one. */
    public static Optional<String> problem(String text) {
        Optional<String> digits = digitsOf(text);
        if (digits.isEmpty()) {
            return Optional.of("NHS number must be 10 digits");
        }
        if (!hasValidCheckDigit(digits.get())) {
            return Optional.of("NHS number is not valid: its check digit does not match");
        }
        return Optional.empty();
    }

    public static String formatted(String tenDigits) {
        return tenDigits.substring(0, 3) + " " + tenDigits.substring(3, 6) + " " + tenDigits.substring(6);
    }
}
