package uk.wmpathways.caseservice.gpreferral;

import org.axonframework.common.caching.Cache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.wmpathways.infra.axon.AggregateCaches;

/**
 * A GP referral that a command used shortly before is taken from the cache
 * ({@link uk.wmpathways.infra.axon.AggregateCache}).
 */
@Configuration
class GpReferralLoading {

    @Bean
    Cache gpReferralCache(AggregateCaches caches) {
        return caches.forType("gp-referral");
    }
}
