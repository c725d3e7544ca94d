package uk.wmpathways.infra.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.wmpathways.infra.security.AccountService;
import uk.wmpathways.infra.security.AccountService.InvalidPasswordChangeException;
import uk.wmpathways.infra.security.SignInThrottledException;

/**
 * The signed-in person's own account ({@code /api/account}) and what an administrator does to accounts
 * ({@code /api/admin/accounts}). The work is {@link AccountService}'s, shared with the UI.
 */
@RestController
class AccountController {

    /** A change of one's own password: the current one, and the new one twice. */
    record PasswordChangeRequest(String currentPassword, String newPassword, String repeatNewPassword) {
    }

    private final AccountService accounts;

    AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    /** 204 when changed; 400 with the problems by field; 429 while the account is locked. */
    @PutMapping("/api/account/password")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<ProblemDetail> changeOwnPassword(@RequestBody PasswordChangeRequest change,
                                                    Authentication signedIn, HttpServletRequest request) {
        try {
            accounts.changeOwnPassword(signedIn.getName(), change.currentPassword(), change.newPassword(),
                    change.repeatNewPassword(), request.getRemoteAddr());
            return ResponseEntity.noContent().build();
        } catch (InvalidPasswordChangeException e) {
            return ResponseEntity.badRequest().body(Problems.invalidInput(e.problems()));
        } catch (SignInThrottledException e) {
            return tooManyFailures(e);
        }
    }

    /** 204 whether or not the account was locked; 404 when there is no such account. */
    @PostMapping("/api/admin/accounts/{username}/unlock")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<ProblemDetail> unlock(@PathVariable String username, HttpServletRequest request) {
        if (!accounts.unlock(username, request.getRemoteAddr())) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.problem(HttpStatus.NOT_FOUND,
                    "Not found", "There is no account with this username"));
        }
        return ResponseEntity.noContent().build();
    }

    static ResponseEntity<ProblemDetail> tooManyFailures(SignInThrottledException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()))
                .body(Problems.tooManyFailedSignIns(e.retryAfter()));
    }
}
