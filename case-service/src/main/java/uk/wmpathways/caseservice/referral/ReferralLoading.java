package uk.wmpathways.caseservice.referral;

import org.axonframework.common.caching.Cache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.wmpathways.infra.axon.AggregateCaches;

/**
 * A referral that a command used shortly before is taken from the cache
 * ({@link uk.wmpathways.infra.axon.AggregateCache}).
 */
@Configuration
class ReferralLoading {

    @Bean
    Cache referralCache(AggregateCaches caches) {
        return caches.forType("referral");
    }
}
