package uk.wmpathways.infra.mongo;

import com.mongodb.ConnectionString;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Starts mongo-java-server in-process when no {@code spring.data.mongodb.uri} is configured, and points
 * Spring Boot's MongoDB client at it. With a URI set, nothing here is created and the same code talks to
 * the real MongoDB.
 */
@AutoConfiguration(before = MongoAutoConfiguration.class)
@Conditional(NoMongoUriConfigured.class)
@EnableConfigurationProperties(EmbeddedMongoProperties.class)
public class EmbeddedMongoAutoConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMongoServer embeddedMongoServer(EmbeddedMongoProperties properties) {
        return new EmbeddedMongoServer(properties);
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(EmbeddedMongoServer server) {
        ConnectionString connectionString = new ConnectionString(server.connectionString());
        return () -> connectionString;
    }
}
