package uk.wmpathways.reporting.outcomes;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;

/**
 * Age at the start of an enrolment, in the bands of the equality breakdowns. Participants are registered aged
 * 16 or over, but an enrolment may be dated before that (a referral recorded late): such a person is under 16
 * at its start, and that row is shown only when someone is in it.
 */
enum AgeBand {
    UNDER_16("Under 16", 0, 16),
    AGED_16_TO_24("16-24", 16, 25),
    AGED_25_TO_34("25-34", 25, 35),
    AGED_35_TO_49("35-49", 35, 50),
    AGED_50_TO_64("50-64", 50, 65),
    AGED_65_AND_OVER("65+", 65, Integer.MAX_VALUE);

    private final String label;
    private final int fromYears;
    private final int beforeYears;

    AgeBand(String label, int fromYears, int beforeYears) {
        this.label = label;
        this.fromYears = fromYears;
        this.beforeYears = beforeYears;
    }

    /** The band of a person born on {@code dateOfBirth} on {@code day}. */
    static AgeBand on(LocalDate dateOfBirth, LocalDate day) {
        int years = Math.max(0, Period.between(dateOfBirth, day).getYears());
        return Arrays.stream(values())
                .filter(band -> years >= band.fromYears && years < band.beforeYears)
                .findFirst()
                .orElseThrow();
    }

    String label() {
        return label;
    }

    /** The bands of domain.md (16-24 to 65+). */
    static List<AgeBand> published() {
        return Arrays.stream(values()).filter(band -> band != UNDER_16).toList();
    }
}
