package uk.wmpathways.caseservice.api;

/** What is wrong with one field of a command, in words a caseworker can act on. */
public record FieldProblem(String field, String message) {
}
