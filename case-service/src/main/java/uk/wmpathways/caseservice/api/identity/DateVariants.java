package uk.wmpathways.caseservice.api.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The dates of birth a slip could have turned a date into: itself, day and month transposed, and every valid date
 * one digit different or with two neighbouring digits swapped (written yyyyMMdd). Lets a read model fetch only the candidates the matcher could score as
 * likely, by equality on the date, instead of scanning everyone.
 */
public final class DateVariants {

    private DateVariants() {
    }

    public static Set<LocalDate> of(LocalDate date) {
        Set<LocalDate> variants = new LinkedHashSet<>();
        variants.add(date);
        parse(String.format("%04d%02d%02d", date.getYear(), date.getDayOfMonth(), date.getMonthValue()))
                .ifPresent(variants::add);
        String digits = digits(date);
        for (int i = 0; i < digits.length(); i++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit != digits.charAt(i)) {
                    parse(digits.substring(0, i) + digit + digits.substring(i + 1)).ifPresent(variants::add);
                }
            }
        }
        for (int i = 0; i + 1 < digits.length(); i++) {
            parse(digits.substring(0, i) + digits.charAt(i + 1) + digits.charAt(i) + digits.substring(i + 2))
                    .ifPresent(variants::add);
        }
        return variants;
    }

    /** True when swapping one pair of neighbouring digits turns one into the other ("30" typed "03"). */
    static boolean adjacentDigitsSwapped(String one, String other) {
        for (int i = 0; i + 1 < one.length(); i++) {
            if (one.charAt(i) != other.charAt(i)) {
                return one.charAt(i) == other.charAt(i + 1) && one.charAt(i + 1) == other.charAt(i)
                        && one.substring(i + 2).equals(other.substring(i + 2));
            }
        }
        return false;
    }

    static String digits(LocalDate date) {
        return String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    private static Optional<LocalDate> parse(String digits) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(digits.substring(0, 4)),
                    Integer.parseInt(digits.substring(4, 6)), Integer.parseInt(digits.substring(6, 8))));
        } catch (DateTimeException | NumberFormatException invalid) {
            return Optional.empty();
        }
    }
}
