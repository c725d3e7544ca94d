package uk.wmpathways.caseservice.enrolment;

import uk.wmpathways.caseservice.api.enrolment.EnrolmentEvent;
import uk.wmpathways.caseservice.api.enrolment.StepResult;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;

import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * What each client request recorded on an enrolment: the id it answered (the first of its events names it) and
 * the enrolment's version after its last event. A retry with the same request id records nothing and gets the
 * same answer. Kept with plain fields so that it serialises in the enrolment's snapshot.
 */
final class RequestAnswers {

    /** What a request recorded: the id it answered and the enrolment's version after its events. */
    record Answer(String recordedId, long version) {
    }

    private LinkedHashMap<String, Answer> byRequest = new LinkedHashMap<>();

    void recorded(EnrolmentEvent event, long sequence) {
        if (event.requestId() != null) {
            byRequest.merge(event.requestId(), new Answer(RecordedIds.of(event), sequence),
                    (first, later) -> new Answer(first.recordedId(), later.version()));
        }
    }

    Optional<StepResult> answerTo(String requestId, String enrolmentId, TrialArm trialArm) {
        return Optional.ofNullable(requestId == null ? null : byRequest.get(requestId))
                .map(answer -> new StepResult(enrolmentId, answer.version(), answer.recordedId(), trialArm));
    }
}
