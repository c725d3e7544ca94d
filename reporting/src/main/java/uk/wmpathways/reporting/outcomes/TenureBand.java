package uk.wmpathways.reporting.outcomes;

import java.util.Arrays;
import java.util.List;

/** How long a Housing First tenancy has lasted, in whole months. */
enum TenureBand {
    UNDER_6_MONTHS("Under 6 months", 0, 6),
    MONTHS_6_TO_12("6-12 months", 6, 12),
    MONTHS_12_TO_24("12-24 months", 12, 24),
    MONTHS_24_TO_36("24-36 months", 24, 36),
    MONTHS_36_AND_OVER("36+ months", 36, Integer.MAX_VALUE);

    private final String label;
    private final int fromMonths;
    private final int beforeMonths;

    TenureBand(String label, int fromMonths, int beforeMonths) {
        this.label = label;
        this.fromMonths = fromMonths;
        this.beforeMonths = beforeMonths;
    }

    static TenureBand of(int months) {
        return Arrays.stream(values())
                .filter(band -> months >= band.fromMonths && months < band.beforeMonths)
                .findFirst()
                .orElse(UNDER_6_MONTHS);
    }

    static List<Category> categories() {
        return Arrays.stream(values()).map(band -> new Category(band.name(), band.label)).toList();
    }
}
