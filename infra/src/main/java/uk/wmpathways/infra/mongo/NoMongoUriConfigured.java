package uk.wmpathways.infra.mongo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when the application was given no MongoDB URI, so the embedded server is the database. */
public class NoMongoUriConfigured implements Condition {

    public static final String URI_PROPERTY = "spring.data.mongodb.uri";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !StringUtils.hasText(context.getEnvironment().getProperty(URI_PROPERTY));
    }
}
