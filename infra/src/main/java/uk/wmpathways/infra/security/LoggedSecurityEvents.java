package uk.wmpathways.infra.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * The default {@link SecurityEvents}: one log line per event with its type, a short hash of the username and
 * the detail, and nothing else: no username and no client address, which are personal data. The hash lets a
 * reader see that several events concern one account, not whose. It is a plain SHA-256 prefix: anyone who has
 * the list of usernames can match it, so it hides the name from a log reader, not from an administrator.
 * Lock-outs and one-time passwords issued are logged at WARN, the rest at INFO, under the logger {@value #LOGGER}.
 */
public class LoggedSecurityEvents implements SecurityEvents {

    static final String LOGGER = "uk.wmpathways.security-events";
    private static final Logger log = LoggerFactory.getLogger(LOGGER);
    private static final Set<String> WARNINGS = Set.of(LOCKED_OUT, ONE_TIME_PASSWORD_ISSUED);

    @Override
    public void record(String type, String username, String clientAddress, String detail) {
        if (WARNINGS.contains(type)) {
            log.warn("Security event {} account {}: {}", type, shortHash(username), detail);
        } else {
            log.info("Security event {} account {}: {}", type, shortHash(username), detail);
        }
    }

    /** The administrator as a short hash too: which administrator it was is in the access log. */
    @Override
    public void recordAdministration(String type, String username, String administrator, String clientAddress,
                                     String change) {
        record(type, username, clientAddress, "by administrator " + shortHash(administrator) + ": " + change);
    }

    /** The first 8 hex digits of the SHA-256 of the username; "-" for none. */
    static String shortHash(String username) {
        if (username == null || username.isEmpty()) {
            return "-";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(username.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
