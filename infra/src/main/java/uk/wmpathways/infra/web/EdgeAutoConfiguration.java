package uk.wmpathways.infra.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The edge of the web application that is no module's: requests refused before any filter chain or
 * controller sees them are answered as problem+json too, whether Spring Security's firewall refused them
 * ({@link RejectedRequests}) or Tomcat did ({@link ProblemJsonErrorReportValve}); and the API's description.
 * <p>
 * The API's description (OpenAPI at {@code /v3/api-docs}, Swagger UI) is for signed-in users only: it lists
 * every operation and field of the system. It takes HTTP Basic like the API (a browser asks for the user name
 * and password, and Swagger UI's "Try it out" sends them on to the API), or the session of someone signed in
 * to the browser UI.
 */
@AutoConfiguration(before = SecurityAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class EdgeAutoConfiguration {

    private static final String DESCRIPTION_NEEDS_SIGN_IN = "Sign in to read the API's description";

    @Bean
    RequestRejectedHandler problemJsonForRejectedRequests(ObjectMapper objectMapper) {
        return new RejectedRequests(objectMapper);
    }

    @Bean
    @Order(3)
    SecurityFilterChain apiDescription(HttpSecurity http, ObjectMapper objectMapper) throws Exception {
        return http
                .securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
                        "/swagger-ui/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        ProblemResponses.write(response, objectMapper, HttpStatus.UNAUTHORIZED, "Not signed in",
                                DESCRIPTION_NEEDS_SIGN_IN)))
                .exceptionHandling(handling -> handling.authenticationEntryPoint((request, response, e) ->
                        ProblemResponses.write(response, objectMapper, HttpStatus.UNAUTHORIZED, "Not signed in",
                                DESCRIPTION_NEEDS_SIGN_IN)))
                .requestCache(cache -> cache.disable()) // no redirect to come back from: no session for strangers
                .csrf(csrf -> csrf.disable()) // reads only
                .headers(SecurityHeaders.withPolicy(SecurityHeaders.API_DESCRIPTION_POLICY))
                .build();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tomcat.class)
    static class TomcatErrorReports {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemJsonErrorReports() {
            // The host is the context's parent by the time context customizers run, and not yet started.
            return factory -> factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemJsonErrorReportValve.class.getName());
                }
            });
        }
    }
}
