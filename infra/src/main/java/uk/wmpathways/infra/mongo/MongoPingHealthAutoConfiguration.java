package uk.wmpathways.infra.mongo;

import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.autoconfigure.data.mongo.MongoHealthContributorAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Replaces Spring Boot's MongoDB health check, which sends {@code hello} (mongo-java-server rejects it),
 * with a {@code ping} that both the embedded server and real MongoDB answer.
 */
@AutoConfiguration(before = MongoHealthContributorAutoConfiguration.class)
public class MongoPingHealthAutoConfiguration {

    @Bean(name = "mongoHealthContributor")
    HealthIndicator mongoHealthContributor(MongoTemplate mongoTemplate) {
        return new AbstractHealthIndicator("MongoDB health check failed") {
            @Override
            protected void doHealthCheck(Health.Builder builder) {
                Document result = mongoTemplate.executeCommand(new Document("ping", 1));
                builder.up().withDetail("ping", result.get("ok"));
            }
        };
    }
}
