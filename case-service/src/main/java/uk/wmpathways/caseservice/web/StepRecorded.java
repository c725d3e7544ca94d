package uk.wmpathways.caseservice.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;

import java.net.URI;

/**
 * What one request recorded: the enrolment, its version after the request's events, and the id of what the
 * request created (the tenancy, job, contact...; the enrolment itself for steps that create nothing); also the
 * enrolment's trial arm (null before an allocation). Answered the same way to a retry with the same request id.
 */
record StepRecorded(String enrolmentId, long version, String resultId, TrialArm trialArm) {

    /** 200 with the enrolment's id and version. */
    ResponseEntity<StepAnswer> ok() {
        return ResponseEntity.ok(StepAnswer.of(this));
    }

    /** 200 with the enrolment's id and version and the trial arm drawn. */
    ResponseEntity<StepAnswer> okWithTrialArm() {
        return ResponseEntity.ok(StepAnswer.of(this).with(trialArm));
    }

    /** 201 with the enrolment's id and version and the new thing's id; Location is the enrolment it belongs to. */
    ResponseEntity<StepAnswer> created(StepAnswer.Created what) {
        return ResponseEntity.created(enrolmentUri()).body(StepAnswer.of(this).with(what, resultId));
    }

    /** 201 with the new enrolment's id and version; Location is the enrolment. */
    ResponseEntity<StepAnswer> createdEnrolment() {
        return ResponseEntity.created(enrolmentUri()).body(StepAnswer.of(this));
    }

    URI enrolmentUri() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/enrolments/{id}").build(enrolmentId);
    }
}
