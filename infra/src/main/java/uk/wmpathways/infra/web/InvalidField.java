package uk.wmpathways.infra.web;

/** One entry of a 400 answer's {@code errors} list: a field and what is wrong with it, in words a person can act on. */
public record InvalidField(String field, String message) {
}
