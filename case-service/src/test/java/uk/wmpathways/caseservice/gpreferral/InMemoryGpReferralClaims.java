package uk.wmpathways.caseservice.gpreferral;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

class InMemoryGpReferralClaims implements GpReferralClaims {

    final Map<String, Claim> claims = new HashMap<>();

    @Override
    public Optional<Claim> claim(String practiceOdsCode, String messageKey, String referralId, Instant now) {
        Claim holder = claims.putIfAbsent(MongoGpReferralClaims.claimIdOf(practiceOdsCode, messageKey),
                new Claim(referralId, now));
        return holder == null || holder.referralId().equals(referralId) ? Optional.empty() : Optional.of(holder);
    }

    @Override
    public void takeOver(String practiceOdsCode, String messageKey, String staleHolder, String referralId,
                         Instant now) {
        claims.computeIfPresent(MongoGpReferralClaims.claimIdOf(practiceOdsCode, messageKey),
                (id, claim) -> claim.referralId().equals(staleHolder) ? new Claim(referralId, now) : claim);
    }
}
