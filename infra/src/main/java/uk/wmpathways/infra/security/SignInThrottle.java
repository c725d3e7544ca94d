package uk.wmpathways.infra.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers failed sign-ins per username and per client address, and says when an attempt must be refused
 * without looking at the password (see {@link SignInLimits} for the numbers). A username is remembered whether
 * or not it has an account, so an unknown one slows down and locks exactly like a known one.
 * <p>
 * Kept in memory, on purpose: it must also count usernames that have no account, which the accounts collection
 * cannot hold, and it keeps no username in clear (a person sometimes types their password into the username
 * field), only a SHA-256 of it. What that costs: each instance counts on its own, and a restart forgets the
 * counts (an attacker who can restart the application has other ways in).
 */
public class SignInThrottle {

    /** Why an attempt is refused and how long until the next may be made. */
    public record Refusal(Duration retryAfter, boolean accountLocked) {
    }

    private static final class AccountFailures {
        int inARow;
        Instant last;
        Instant lockedUntil;
    }

    private final SignInLimits limits;
    private final Clock clock;
    private final Map<String, AccountFailures> accounts;
    private final Map<String, Deque<Instant>> addresses;

    public SignInThrottle(SignInLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.accounts = bounded(limits.maxTracked());
        this.addresses = bounded(limits.maxTracked());
    }

    /** Empty when an attempt for {@code username} from {@code address} may check its password now. */
    public synchronized Optional<Refusal> refusal(String username, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        boolean locked = false;
        Deque<Instant> fromAddress = recentFailures(address, now);
        if (fromAddress != null && fromAddress.size() >= limits.addressFailures()) {
            wait = Duration.between(now, fromAddress.peekFirst().plus(limits.addressWindow()));
        }
        AccountFailures account = current(username, now);
        if (account != null) {
            Instant until = account.lockedUntil != null ? account.lockedUntil : account.last.plus(slowDown(account));
            locked = account.lockedUntil != null;
            Duration accountWait = Duration.between(now, until);
            if (accountWait.compareTo(wait) > 0) {
                wait = accountWait;
            }
        }
        if (wait.isNegative() || wait.isZero()) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(roundedUp(wait), locked));
    }

    /** Counts a failed attempt (a wrong password, or an unknown username); true when it locked the account. */
    public synchronized boolean failed(String username, String address) {
        Instant now = clock.instant();
        Deque<Instant> fromAddress = recentFailures(address, now);
        if (fromAddress == null) {
            fromAddress = new ArrayDeque<>();
            addresses.put(addressKey(address), fromAddress);
        }
        fromAddress.addLast(now);
        while (fromAddress.size() > limits.addressFailures()) {
            fromAddress.removeFirst();
        }
        AccountFailures account = current(username, now);
        if (account == null) {
            account = new AccountFailures();
        }
        accounts.remove(usernameKey(username)); // re-inserted: the most recently failed is forgotten last
        accounts.put(usernameKey(username), account);
        account.inARow++;
        account.last = now;
        if (account.inARow >= limits.accountFailures()) {
            account.lockedUntil = now.plus(limits.accountLock());
            return true;
        }
        return false;
    }

    /** A successful sign-in: the account's failures are forgotten (the address's are not). */
    public synchronized void succeeded(String username) {
        accounts.remove(usernameKey(username));
    }

    /** An administrator's unlock: forgets the account's failures; true if it was locked then. */
    public synchronized boolean unlock(String username) {
        AccountFailures account = accounts.remove(usernameKey(username));
        return account != null && account.lockedUntil != null && clock.instant().isBefore(account.lockedUntil);
    }

    /** Whether the account is locked out now (not merely slowed down), as an administrator's list shows it. */
    public synchronized boolean isLocked(String username) {
        AccountFailures account = current(username, clock.instant());
        return account != null && account.lockedUntil != null;
    }

    /** Forgets the failures from one client address (an office behind one address, paused by someone else). */
    public synchronized void unlockAddress(String address) {
        addresses.remove(addressKey(address));
    }

    /** The account's failures that still count, or null; forgets them once they no longer do. */
    private AccountFailures current(String username, Instant now) {
        String key = usernameKey(username);
        AccountFailures account = accounts.get(key);
        if (account == null) {
            return null;
        }
        boolean lockOver = account.lockedUntil != null && !now.isBefore(account.lockedUntil);
        boolean forgotten = account.lockedUntil == null && !now.isBefore(account.last.plus(limits.accountLock()));
        if (lockOver || forgotten) {
            accounts.remove(key);
            return null;
        }
        return account;
    }

    private Deque<Instant> recentFailures(String address, Instant now) {
        Deque<Instant> failures = addresses.get(addressKey(address));
        if (failures == null) {
            return null;
        }
        Instant windowStart = now.minus(limits.addressWindow());
        while (!failures.isEmpty() && !failures.peekFirst().isAfter(windowStart)) {
            failures.removeFirst();
        }
        if (failures.isEmpty()) {
            addresses.remove(addressKey(address));
            return null;
        }
        return failures;
    }

    /** The wait after the latest failure: none before {@code slowDownAfter} failures, then 1 s, 2 s, 4 s... */
    private Duration slowDown(AccountFailures account) {
        int beyond = account.inARow - limits.slowDownAfter();
        return beyond < 0 ? Duration.ZERO : Duration.ofSeconds(1L << Math.min(beyond, 10));
    }

    private static Duration roundedUp(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Duration.ofSeconds(Math.max(1, seconds));
    }

    /** Case does not make another account to guess at; the username is kept only as a digest. */
    static String usernameKey(String username) {
        String normal = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String addressKey(String address) {
        return address == null ? SecurityEvents.NO_CLIENT : address;
    }

    /** Insertion-ordered, dropping the eldest entry beyond {@code max}. */
    private static <V> Map<String, V> bounded(int max) {
        return new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > max;
            }
        };
    }
}
