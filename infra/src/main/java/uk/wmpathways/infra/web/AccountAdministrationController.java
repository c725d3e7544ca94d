package uk.wmpathways.infra.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.wmpathways.infra.security.AccountAdministration;
import uk.wmpathways.infra.security.AccountAdministration.AccountConflictException;
import uk.wmpathways.infra.security.AccountAdministration.InvalidAccountException;
import uk.wmpathways.infra.security.AccountAdministration.NewAccount;
import uk.wmpathways.infra.security.AccountAdministration.NoSuchAccountException;
import uk.wmpathways.infra.security.AccountAdministration.OneTimePassword;
import uk.wmpathways.infra.security.AccountAdministration.RoleChange;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.infra.security.TwoStepSignIn;
import uk.wmpathways.infra.security.UserAccount;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Administrators run accounts ({@code /api/admin/accounts}); the work is {@link AccountAdministration}'s, shared
 * with the UI. Answers never carry a password hash; a one-time password appears once, in the answer that
 * issued it. The unlock endpoint is {@link AccountController}'s.
 */
@RestController
@RequestMapping("/api/admin/accounts")
@PreAuthorize("hasRole('ADMIN')")
class AccountAdministrationController {

    /** An account as an administrator sees it. */
    record AccountView(String username, String displayName, Role role, String organisation, String practiceOdsCode,
                       boolean enabled, boolean locked, boolean mustChangePassword, TwoStepSignIn.State oneTimeCodes) {
    }

    /** An account with the one-time password just issued to it. */
    record IssuedView(AccountView account, String oneTimePassword, Instant expiresAt, String notice) {
    }

    record CreateRequest(String username, String displayName, Role role, String organisation,
                         String practiceOdsCode) {
    }

    record RoleRequest(Role role, String organisation, String practiceOdsCode) {
    }

    private static final String NOTICE = "Give this one-time password to the person securely. It is shown only "
            + "once, works for 24 hours, and they must choose their own password when they first sign in.";

    private final AccountAdministration administration;
    private final TwoStepSignIn twoStep;

    AccountAdministrationController(AccountAdministration administration, TwoStepSignIn twoStep) {
        this.administration = administration;
        this.twoStep = twoStep;
    }

    @GetMapping
    List<AccountView> list(Authentication admin) {
        return administration.list(admin.getName()).stream().map(this::view).toList();
    }

    /** 201 with the one-time password; 400 by field; 409 when the username is taken. */
    @PostMapping
    ResponseEntity<?> create(@RequestBody CreateRequest body, Authentication admin, HttpServletRequest request) {
        return answer(() -> {
            OneTimePassword issued = administration.create(admin.getName(), new NewAccount(body.username(),
                    body.displayName(), body.role(), body.organisation(), body.practiceOdsCode()),
                    request.getRemoteAddr());
            return ResponseEntity.created(URI.create("/api/admin/accounts/" + issued.account().username()))
                    .body(issued(issued));
        });
    }

    @PostMapping("/{username}/disable")
    ResponseEntity<?> disable(@PathVariable String username, Authentication admin, HttpServletRequest request) {
        return answer(() -> ResponseEntity.ok(view(
                administration.disable(admin.getName(), username, request.getRemoteAddr()))));
    }

    @PostMapping("/{username}/enable")
    ResponseEntity<?> enable(@PathVariable String username, Authentication admin, HttpServletRequest request) {
        return answer(() -> ResponseEntity.ok(view(
                administration.enable(admin.getName(), username, request.getRemoteAddr()))));
    }

    @PostMapping("/{username}/password-reset")
    ResponseEntity<?> resetPassword(@PathVariable String username, Authentication admin,
                                    HttpServletRequest request) {
        return answer(() -> ResponseEntity.ok(issued(
                administration.resetPassword(admin.getName(), username, request.getRemoteAddr()))));
    }

    @PutMapping("/{username}/role")
    ResponseEntity<?> changeRole(@PathVariable String username, @RequestBody RoleRequest body, Authentication admin,
                                 HttpServletRequest request) {
        return answer(() -> ResponseEntity.ok(view(administration.changeRole(admin.getName(), username,
                new RoleChange(body.role(), body.organisation(), body.practiceOdsCode()), request.getRemoteAddr()))));
    }

    private static ResponseEntity<?> answer(Supplier<ResponseEntity<?>> work) {
        try {
            return work.get();
        } catch (InvalidAccountException e) {
            return ResponseEntity.badRequest().body(Problems.invalidInput(e.problems()));
        } catch (NoSuchAccountException e) {
            return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
        } catch (AccountConflictException e) {
            return problem(HttpStatus.CONFLICT, "Refused", e.getMessage());
        }
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        return ResponseEntity.status(status).body(Problems.problem(status, title, detail));
    }

    private IssuedView issued(OneTimePassword issued) {
        return new IssuedView(view(issued.account()), issued.password(), issued.expiresAt(), NOTICE);
    }

    private AccountView view(UserAccount account) {
        return new AccountView(account.username(), account.displayName(), account.role(), account.organisation(),
                account.practiceOdsCode(), account.enabled(), administration.isLocked(account.username()),
                account.mustChangePassword(), twoStep.state(account.username()));
    }
}
