package uk.wmpathways.gpreferrals.push;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import uk.wmpathways.gpreferrals.push.StatusPushAdministration.StatusPushNotGivenUpException;
import uk.wmpathways.gpreferrals.push.StatusPushAdministration.UnknownPushStateException;
import uk.wmpathways.gpreferrals.push.StatusPushAdministration.UnknownStatusPushException;
import uk.wmpathways.infra.web.ApiExceptionMapper;
import uk.wmpathways.infra.web.InvalidField;
import uk.wmpathways.infra.web.Problems;

import java.util.List;
import java.util.Optional;

/** The status push administration's refusals as problem+json (the access refusal is infra's 403). */
@Component
class StatusPushProblems implements ApiExceptionMapper {

    @Override
    public Optional<ResponseEntity<ProblemDetail>> answer(Throwable e) {
        if (e instanceof UnknownStatusPushException) {
            return Optional.of(ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(Problems.problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage())));
        }
        if (e instanceof StatusPushNotGivenUpException) {
            return Optional.of(ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(Problems.problem(HttpStatus.CONFLICT, "Not given up", e.getMessage())));
        }
        if (e instanceof UnknownPushStateException) {
            return Optional.of(ResponseEntity.badRequest()
                    .body(Problems.invalidInput(List.of(new InvalidField("state", e.getMessage())))));
        }
        return Optional.empty();
    }
}
