package uk.wmpathways.infra.access;

/** What an access log entry records. */
public enum AccessAction {
    VIEW_PARTICIPANT,
    SEARCH_PARTICIPANTS,
    CHECK_KNOWN,
    VIEW_ENROLMENT,
    LIST_ENROLMENTS,
    VIEW_HISTORY,
    VIEW_TIMELINE,
    VIEW_CASELOAD,
    VIEW_DUE_ITEMS,
    LIST_REFERRALS,
    VIEW_REFERRAL,
    BREAK_GLASS,
    REVIEW_BREAK_GLASS,
    READ_ACCESS_LOG,
    REQUEST_REPORT,
    /** The data protection officer searched for a person, started or read a subject access request. */
    SUBJECT_ACCESS_REQUEST,
    /** A subject access export finished: everything held about the person was gathered into files. */
    SUBJECT_ACCESS_COMPLETED,
    SIGN_IN,
    SIGN_IN_FAILED,
    ACCOUNT_LOCKED,
    ACCOUNT_CHANGED,
    /** Entries older than the retention period were removed; the entry says up to when. */
    RETENTION_REMOVAL,
    /** A run of the retention job: the people it erased because their retention period had ended, and its counts. */
    RETENTION_ERASURE
}
