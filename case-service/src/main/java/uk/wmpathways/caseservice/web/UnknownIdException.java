package uk.wmpathways.caseservice.web;

/** An id in the path names nothing (HTTP 404). The message names what was looked for, never the id. */
class UnknownIdException extends RuntimeException {

    private UnknownIdException(String message) {
        super(message);
    }

    static UnknownIdException enrolment() {
        return new UnknownIdException("No enrolment has this id");
    }

    static UnknownIdException referral() {
        return new UnknownIdException("No referral has this id");
    }

    static UnknownIdException organisation() {
        return new UnknownIdException("No organisation has this code");
    }
}
