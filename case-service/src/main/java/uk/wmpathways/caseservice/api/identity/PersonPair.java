package uk.wmpathways.caseservice.api.identity;

/**
 * Two participants' records, in a fixed order (the smaller id first), so that "A and B" and "B and A" are one pair
 * with one history of decisions. Its {@link #id()} identifies the {@code PersonMatch} aggregate.
 */
public record PersonPair(String first, String second) {

    public static PersonPair of(String one, String other) {
        return one.compareTo(other) <= 0 ? new PersonPair(one, other) : new PersonPair(other, one);
    }

    public String id() {
        return first + "+" + second;
    }

    public String other(String participantId) {
        return first.equals(participantId) ? second : first;
    }
}
