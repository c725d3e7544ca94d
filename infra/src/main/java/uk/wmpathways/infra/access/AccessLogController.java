package uk.wmpathways.infra.access;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** {@link AccessLogReview} over HTTP, for the data protection role. */
@RestController
@RequestMapping("/api/access-log")
@PreAuthorize("hasRole('DATA_PROTECTION')")
class AccessLogController {

    private final AccessLogReview review;
    private final CallerDispatchInterceptors callers;

    AccessLogController(AccessLogReview review, CallerDispatchInterceptors callers) {
        this.review = review;
        this.callers = callers;
    }

    /** Entries about one participant or of one user, newest first (at most 1,000). */
    @GetMapping
    List<AccessLogEntry> entries(@RequestParam(required = false) String participantId,
                                 @RequestParam(required = false) String username) {
        if ((participantId == null) == (username == null)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Ask about one participant (participantId) or one user (username)");
        }
        return participantId != null ? review.aboutParticipant(caller(), participantId)
                : review.byUser(caller(), username);
    }

    @GetMapping("/break-glass")
    List<BreakGlassUse> breakGlassUses(@RequestParam(defaultValue = "true") boolean unreviewed) {
        return review.breakGlassUses(caller(), unreviewed);
    }

    record Review(String note) {
    }

    @PostMapping("/break-glass/{useId}/review")
    ResponseEntity<Void> review(@PathVariable String useId, @RequestBody(required = false) Review body) {
        boolean found = review.review(caller(), useId, body == null ? null : body.note());
        if (!found) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No break-glass use has this id");
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/verification")
    Map<String, Object> verify() {
        OptionalLong broken = review.verify(caller());
        return broken.isPresent() ? Map.of("intact", false, "firstBrokenEntry", broken.getAsLong())
                : Map.of("intact", true);
    }

    private Caller caller() {
        return callers.signedIn().orElseThrow(() -> new AccessRefusedException("Sign in to do this"));
    }
}
