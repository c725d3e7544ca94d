package uk.wmpathways.app;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every REST endpoint the application has, found from its request mappings (so a new endpoint is in without
 * being listed): refused to nobody signed in (401 problem+json), and to a GP referrer, who has nothing in the
 * API yet but their own account and the list of organisations (never a 2xx; 403 when the address names no
 * record). The per-role rules of each endpoint are tested beside it (AccessMatrixApiTest, ReportApiTest,
 * OrganisationApiTest, ReferralsApiTest, account and access-log tests).
 */
class EveryApiEndpointTest extends EnrolmentApiTestSupport {

    /** What a GP referrer may call: their own account and the organisations' names. */
    private static final Set<String> GP_MAY = Set.of("GET /api/organisations");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** Required query parameters, so that an endpoint answers its access rule rather than a missing parameter. */
    private static final Map<String, String> QUERIES = Map.of(
            "/api/participants/known", "?nhsNumber=9434765919");

    private record Call(String method, String pattern) {
        String path() {
            return pattern.replaceAll("\\{[^}]+}", "no-such-id") + QUERIES.getOrDefault(pattern, "");
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    private List<Call> apiCalls() {
        Set<String> seen = new TreeSet<>();
        List<Call> calls = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    if (seen.add(method + " " + pattern)) {
                        calls.add(new Call(method.name(), pattern));
                    }
                }
            }
        }
        return calls;
    }

    @Test
    void everyEndpointRefusesNobodySignedInAndAGpReferrerHasNoCaseContentOrAdministration() {
        List<Call> calls = apiCalls();
        assertThat(calls).as("the application's endpoints were found").hasSizeGreaterThan(40);
        List<String> wrong = new ArrayList<>();
        Api nobody = as(null);
        Api gp = as("gp");
        for (Call call : calls) {
            Api.Response anonymous = nobody.send(call.method(), call.path());
            if (anonymous.status() != 401 || !anonymous.contentType().startsWith("application/problem+json")) {
                wrong.add("anonymous " + call + ": " + anonymous.status());
            }
            if (call.pattern().startsWith("/api/account") || GP_MAY.contains(call.toString())) {
                continue;
            }
            Api.Response answer = gp.send(call.method(), call.path());
            boolean namesNoRecord = !call.pattern().contains("{");
            if (answer.status() < 400 || namesNoRecord && call.method().equals("GET") && answer.status() != 403) {
                wrong.add("gp " + call + ": " + answer.status());
            }
        }
        assertThat(wrong).as("endpoints answering the wrong caller").isEmpty();
    }
}
