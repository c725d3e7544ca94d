package uk.wmpathways.infra.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The plumbing every module's REST API shares: the {@code /api/**} security chain and the problem+json
 * answers, and the account endpoints (one's own password; an administrator's unlock and
 * running of accounts). Before Spring Boot's web and security auto-configurations, so that theirs (the default filter
 * chain, Spring Boot's own problem-details handler) see these and step aside. Imported rather than declared
 * as beans: the application scans all of {@code uk.wmpathways}, and Spring registers a class that is both
 * scanned and imported once.
 */
@AutoConfiguration(before = {WebMvcAutoConfiguration.class, SecurityAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import({ApiSecurityConfiguration.class, ApiProblems.class, AccountController.class,
        AccountAdministrationController.class, OneTimeCodeController.class})
public class ApiWebAutoConfiguration {
}
