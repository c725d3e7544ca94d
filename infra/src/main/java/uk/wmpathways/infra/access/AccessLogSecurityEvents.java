package uk.wmpathways.infra.access;

import uk.wmpathways.infra.security.LoggedSecurityEvents;
import uk.wmpathways.infra.security.SecurityEvents;

/**
 * Sign-ins, failures, lock-outs and account changes go to the access log (purpose {@code SECURITY}, the client
 * address as the channel), where the data protection role finds them beside the reads; the application log
 * keeps its line without personal data.
 */
class AccessLogSecurityEvents implements SecurityEvents {

    private final AccessLog log;
    private final SecurityEvents applicationLog = new LoggedSecurityEvents();

    AccessLogSecurityEvents(AccessLog log) {
        this.log = log;
    }

    @Override
    public void record(String type, String username, String clientAddress, String detail) {
        applicationLog.record(type, username, clientAddress, detail);
        log.recordSecurity(username, actionOf(type), "client " + clientAddress, type + ": " + detail);
    }

    /** The entry is the changed account's; its detail names the administrator who changed it. */
    @Override
    public void recordAdministration(String type, String username, String administrator, String clientAddress,
                                     String change) {
        applicationLog.recordAdministration(type, username, administrator, clientAddress, change);
        log.recordSecurity(username, actionOf(type), "client " + clientAddress,
                type + ": by administrator " + administrator + ": " + change);
    }

    private static AccessAction actionOf(String type) {
        return switch (type) {
            case SIGN_IN -> AccessAction.SIGN_IN;
            case SIGN_IN_FAILED -> AccessAction.SIGN_IN_FAILED;
            case LOCKED_OUT -> AccessAction.ACCOUNT_LOCKED;
            default -> AccessAction.ACCOUNT_CHANGED;
        };
    }
}
