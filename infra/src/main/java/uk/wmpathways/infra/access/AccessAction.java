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
    SIGN_IN,
    SIGN_IN_FAILED,
    ACCOUNT_LOCKED,
    ACCOUNT_CHANGED,
    /** Entries older than the retention period were removed; the entry says up to when. */
    RETENTION_REMOVAL
}
