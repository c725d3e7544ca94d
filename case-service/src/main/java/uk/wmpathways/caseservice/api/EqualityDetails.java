package uk.wmpathways.caseservice.api;

/**
 * Equality monitoring details, each optional (null: not asked or not answered) and each with "prefer not to
 * say". Special category data: used for equality breakdowns of outcomes, never shown outside a person's record.
 */
public record EqualityDetails(EthnicGroup ethnicity, Sex sex, Disability disability) {

    public static final EqualityDetails NOT_RECORDED = new EqualityDetails(null, null, null);
}
