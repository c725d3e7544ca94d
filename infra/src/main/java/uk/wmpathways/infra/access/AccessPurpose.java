package uk.wmpathways.infra.access;

/** Why the caller could see what the entry records. */
public enum AccessPurpose {
    /** Their organisation delivers (or registered) the record. */
    OWN_ORGANISATION,
    /** Their organisation delivered the enrolment before it was transferred: what it recorded, no more. */
    FORMER_PROVIDER,
    /** Registration or intake asked whether the person is already known. */
    DUPLICATE_CHECK,
    /** A caseworker broke the glass, stating a reason; flagged for review. */
    BREAK_GLASS,
    /** The data protection role reviewing the log. */
    OVERSIGHT,
    /** A person asked for everything held about them (UK GDPR Art. 15), handled by the data protection role. */
    SUBJECT_ACCESS,
    /** Aggregate figures, no person's record. */
    AGGREGATE,
    /** Refused: the record is not shared with the caller; logged so that the data protection officer sees tries. */
    REFUSED,
    /** Sign-in and account events. */
    SECURITY
}
