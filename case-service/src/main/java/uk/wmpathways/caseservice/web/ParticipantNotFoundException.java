package uk.wmpathways.caseservice.web;

class ParticipantNotFoundException extends RuntimeException {
    ParticipantNotFoundException() {
        super("No participant has this id");
    }
}
