package uk.wmpathways.reporting.api;

/**
 * Thrive into Work's trial effect on the job conversion rate: treatment minus control, in percentage points,
 * with a 95% confidence interval for the difference of two independent proportions ({@code method} names it).
 * {@code definition} is the key of what it is ({@link Definition}).
 */
public record TrialEffect(Rate treatment, Rate control, Double differencePoints, Double ciLowPoints,
                          Double ciHighPoints, String method, String definition) {

    public TrialEffect(Rate treatment, Rate control, Double differencePoints, Double ciLowPoints,
                       Double ciHighPoints, String method) {
        this(treatment, control, differencePoints, ciLowPoints, ciHighPoints, method, null);
    }

    /** The same effect saying what it is; each arm's rate says what it counts. */
    public TrialEffect definedAs(Definition what, Definition arms) {
        return new TrialEffect(treatment == null ? null : treatment.definedAs(arms),
                control == null ? null : control.definedAs(arms), differencePoints, ciLowPoints, ciHighPoints,
                method, what.key());
    }
}
