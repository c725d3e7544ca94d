package uk.wmpathways.caseservice.api.identity;

import java.util.List;

/**
 * How alike two people's details are: {@code score} from 0 to 1, {@code likely} at or above
 * {@link PersonMatcher#THRESHOLD} (or the same verified NHS number, which is the same person), and what
 * matched in words, for the person who decides. The reasons name no detail of either person.
 */
public record MatchScore(double score, boolean sameVerifiedNhsNumber, List<String> reasons) {

    public MatchScore {
        reasons = List.copyOf(reasons);
    }

    public boolean likely() {
        return sameVerifiedNhsNumber || score >= PersonMatcher.THRESHOLD;
    }
}
