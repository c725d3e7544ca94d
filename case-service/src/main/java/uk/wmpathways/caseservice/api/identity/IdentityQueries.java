package uk.wmpathways.caseservice.api.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The duplicate check: which known participants are likely the person described, asked at registration and at GP
 * referral intake before anything is created. Answered for the caller in the query's metadata: an organisation
 * that does not hold a candidate's record learns only the access issue's minimal answer about it (that the person
 * is known and which organisations to contact), never the name or date of birth.
 */
public final class IdentityQueries {

    private IdentityQueries() {
    }

    /**
     * The person as given (any field may be null except the family name). {@code excludeParticipantId} leaves one
     * record out (the record being checked itself). Answered with {@link LikelyMatches}.
     */
    public record FindLikelyMatches(String givenName, String familyName, LocalDate dateOfBirth, String nhsNumber,
                                    String sex, String postcode, String excludeParticipantId) {

        @Override
        public String toString() {
            return "FindLikelyMatches[excluding=" + excludeParticipantId + "]";
        }
    }

    /**
     * The duplicate check of several people at once (a page of the GP referral inbox), in one read of the
     * participants: each person under a key of the caller's choosing. Answered with {@link LikelyMatchesOfEach}
     * under the same keys, each as {@link FindLikelyMatches} would answer it, for the same callers.
     */
    public record FindLikelyMatchesOfEach(Map<String, FindLikelyMatches> people) {

        public FindLikelyMatchesOfEach {
            people = people == null ? Map.of() : Map.copyOf(people);
        }

        @Override
        public String toString() {
            return "FindLikelyMatchesOfEach[" + people.size() + " people]";
        }
    }

    /** The likely matches of each person asked, under the key it was asked with. */
    public record LikelyMatchesOfEach(Map<String, LikelyMatches> byKey) {

        public LikelyMatchesOfEach {
            byKey = byKey == null ? Map.of() : Map.copyOf(byKey);
        }
    }

    /** The candidates above the threshold, best first. */
    public record LikelyMatches(List<LikelyMatch> candidates) {

        public LikelyMatches {
            candidates = candidates == null ? List.of() : List.copyOf(candidates);
        }

        public boolean any() {
            return !candidates.isEmpty();
        }
    }

    /**
     * One candidate. {@code sameVerifiedNhsNumber}: both carry the same verified NHS number, so they are the same
     * person. {@code reasons}: what matched, in words ("same date of birth", "family name similar", "given names
     * swapped"). When {@code heldByCaller} is false the name and date of birth are null and
     * {@code organisationsToContact} says whom to ask.
     */
    public record LikelyMatch(String participantId, double score, boolean sameVerifiedNhsNumber,
                              List<String> reasons, boolean heldByCaller, String displayName,
                              LocalDate dateOfBirth, List<String> organisationsToContact) {

        @Override
        public String toString() {
            return "LikelyMatch[participantId=" + participantId + ", score=" + score + "]";
        }
    }
}
