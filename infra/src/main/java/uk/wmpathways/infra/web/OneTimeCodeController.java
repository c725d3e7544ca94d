package uk.wmpathways.infra.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.wmpathways.infra.security.AccountAdministration.AccountConflictException;
import uk.wmpathways.infra.security.AccountAdministration.NoSuchAccountException;
import uk.wmpathways.infra.security.SignInThrottledException;
import uk.wmpathways.infra.security.TwoStepSignIn;
import uk.wmpathways.infra.security.TwoStepSignIn.Setup;
import uk.wmpathways.infra.security.TwoStepSignIn.WrongOneTimeCodeException;
import uk.wmpathways.infra.security.UserAccounts;

import java.util.function.Supplier;

/**
 * One-time codes (two-step sign-in) of the signed-in person ({@code /api/account/one-time-codes}) and an
 * administrator's reset of someone's ({@code /api/admin/accounts/{username}/one-time-codes/reset}). The work is
 * {@link TwoStepSignIn}'s, shared with the UI. The secret is in one answer only: the one that starts the set-up.
 */
@RestController
class OneTimeCodeController {

    record CodeState(TwoStepSignIn.State state, boolean required) {
    }

    record SetupView(String secret, String otpauthUri, String notice) {
        @Override
        public String toString() {
            return "SetupView[secret hidden]";
        }
    }

    record Confirmation(String code) {
        @Override
        public String toString() {
            return "Confirmation[code hidden]";
        }
    }

    private static final String NOTICE = "Add this secret to your authenticator app (or open the otpauth address), "
            + "then confirm with the code it shows: POST /api/account/one-time-codes/confirmation {\"code\": ...}. "
            + "The secret is not shown again.";

    private final TwoStepSignIn twoStep;
    private final UserAccounts accounts;

    OneTimeCodeController(TwoStepSignIn twoStep, UserAccounts accounts) {
        this.twoStep = twoStep;
        this.accounts = accounts;
    }

    @GetMapping("/api/account/one-time-codes")
    @PreAuthorize("isAuthenticated()")
    CodeState state(Authentication signedIn) {
        return new CodeState(twoStep.state(signedIn.getName()),
                accounts.find(signedIn.getName()).map(twoStep::required).orElse(false));
    }

    /** 200 with a new secret (replacing one not yet confirmed); 409 when codes are on already. */
    @PostMapping("/api/account/one-time-codes")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<?> startSetup(Authentication signedIn) {
        return answer(() -> {
            Setup setup = twoStep.startSetup(signedIn.getName());
            return ResponseEntity.ok(new SetupView(setup.secret(), setup.otpauthUri(), NOTICE));
        });
    }

    /** 204 when on; 400 with the code's field error; 409 when no set-up was started. */
    @PostMapping("/api/account/one-time-codes/confirmation")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<?> confirm(@RequestBody Confirmation body, Authentication signedIn, HttpServletRequest request) {
        return answer(() -> {
            twoStep.confirmSetup(signedIn.getName(), body.code(), request.getRemoteAddr());
            return ResponseEntity.noContent().build();
        });
    }

    /**
     * 204 when switched off. The request itself was signed in with a current code (every request of an account
     * with codes is), which is the proof asked for; 409 where the role requires codes or they are not on.
     */
    @DeleteMapping("/api/account/one-time-codes")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<?> switchOff(Authentication signedIn, HttpServletRequest request) {
        return answer(() -> {
            twoStep.switchOff(signedIn.getName(), null, true, request.getRemoteAddr());
            return ResponseEntity.noContent().build();
        });
    }

    /** 204; 404 when there is no such account; 409 for the administrator's own. */
    @PostMapping("/api/admin/accounts/{username}/one-time-codes/reset")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<?> reset(@PathVariable String username, Authentication admin, HttpServletRequest request) {
        return answer(() -> {
            twoStep.reset(admin.getName(), username, request.getRemoteAddr());
            return ResponseEntity.noContent().build();
        });
    }

    private static ResponseEntity<?> answer(Supplier<ResponseEntity<?>> work) {
        try {
            return work.get();
        } catch (WrongOneTimeCodeException e) {
            return ResponseEntity.badRequest().body(Problems.invalidInput(e.problems()));
        } catch (NoSuchAccountException e) {
            return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
        } catch (AccountConflictException e) {
            return problem(HttpStatus.CONFLICT, "Refused", e.getMessage());
        } catch (SignInThrottledException e) {
            return AccountController.tooManyFailures(e);
        }
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        return ResponseEntity.status(status).body(Problems.problem(status, title, detail));
    }
}
