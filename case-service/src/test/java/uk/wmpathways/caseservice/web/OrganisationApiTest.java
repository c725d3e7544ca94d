package uk.wmpathways.caseservice.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.organisation.CreateOrganisation;
import uk.wmpathways.caseservice.api.organisation.OrganisationCreated;
import uk.wmpathways.caseservice.api.organisation.OrganisationRenamed;
import uk.wmpathways.caseservice.api.organisation.OrganisationRetired;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.organisation.ProviderOrganisations;
import uk.wmpathways.infra.security.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Organisations over HTTP: anyone signed in lists them; administrators add, rename, retire, reinstate them and
 * set what they serve, decided on the command bus; every other role is refused and changes nothing. Each test
 * adds organisations of its own (the demo ones are shared by every test of the context).
 */
class OrganisationApiTest extends ApiTestSupport {

    static final String ADMIN_ORGANISATIONS = "/api/admin/organisations";

    @Autowired
    CommandGateway commands;
    @Autowired
    ProviderOrganisations organisations;

    static String freshCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static Map<String, Object> newOrganisation(String code) {
        return Map.of("code", code, "name", "Test Organisation " + code, "pathways", List.of("housing_first"),
                "localAuthorities", List.of("WALSALL", "DUDLEY"));
    }

    private String created() {
        String code = freshCode();
        Api.Response created = as("admin").post(ADMIN_ORGANISATIONS, newOrganisation(code));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return code;
    }

    @Test
    void theOrganisationsOfAFirstStartAreTheDemoOnesRecordedAsEventsServingEverything() {
        OrganisationCreated demo = (OrganisationCreated) eventsOf("DEMO-SUPPORT").get(0);
        assertThat(demo.name()).isEqualTo("West Midlands Demo Support Trust (demo)");
        assertThat(demo.pathways()).containsExactly(Pathway.values());
        assertThat(demo.localAuthorities()).containsExactly(LocalAuthority.values());
        assertThat(demo.recordedBy()).isEqualTo("system:organisations-first-start");

        Api.Response listed = as("gp").get("/api/organisations");
        assertThat(listed.status()).isEqualTo(200);
        JsonNode first = listed.body().get(0);
        assertThat(first.get("code").asText()).isEqualTo("DEMO-SUPPORT");
        assertThat(first.get("active").asBoolean()).isTrue();
        assertThat(first.get("pathways")).hasSize(3);
        assertThat(first.get("localAuthorities")).hasSize(LocalAuthority.values().length);
    }

    @Test
    void anAdministratorAddsRenamesAndSetsWhatAnOrganisationServes() {
        String code = freshCode();
        Api.Response created = as("admin").post(ADMIN_ORGANISATIONS, newOrganisation(code));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body().get("pathways").toString()).isEqualTo("[\"HOUSING_FIRST\"]");
        assertThat(created.body().get("localAuthorities").toString()).isEqualTo("[\"DUDLEY\",\"WALSALL\"]");

        Api.Response renamed = as("admin").put(ADMIN_ORGANISATIONS + "/" + code + "/name", "{\"name\": \"Renamed\"}");
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.body().get("name").asText()).isEqualTo("Renamed");
        Api.Response services = as("admin").put(ADMIN_ORGANISATIONS + "/" + code + "/services",
                "{\"pathways\": [\"THRIVE_INTO_WORK\"], \"localAuthorities\": [\"COVENTRY\"]}");
        assertThat(services.status()).as(services.toString()).isEqualTo(200);

        assertThat(organisations.organisation(code)).contains(new ProviderOrganisations.Organisation(code, "Renamed",
                true, Set.of("THRIVE_INTO_WORK"), Set.of("COVENTRY")));
        assertThat(eventsOf(code)).hasSize(3);
        assertThat(((OrganisationRenamed) eventsOf(code).get(1)).recordedBy()).isEqualTo("admin");
        JsonNode listed = as("caseworker").get("/api/organisations").body();
        assertThat(listed.findValuesAsText("code")).contains(code);
    }

    @Test
    void aRetiredOrganisationKeepsItsNameTakesNoTransferAndIsReinstated() {
        String code = created();
        String enrolmentId = referToHousingFirst("Retirement");
        Api.Response retired = as("admin").post(ADMIN_ORGANISATIONS + "/" + code + "/retire");
        assertThat(retired.status()).as(retired.toString()).isEqualTo(200);
        assertThat(retired.body().get("active").asBoolean()).isFalse();
        assertThat(eventsOf(code).get(1)).isInstanceOf(OrganisationRetired.class);
        assertThat(organisations.nameOf(code)).isEqualTo("Test Organisation " + code);

        Api.Response twice = as("admin").post(ADMIN_ORGANISATIONS + "/" + code + "/retire");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.contentType()).startsWith(PROBLEM_JSON);

        Api.Response transfer = as("caseworker").post(enrolment(enrolmentId) + "/transfer",
                Map.of("toOrganisation", code, "reason", "Moving", "transferredOn", TODAY.toString()));
        assertThat(transfer.status()).as(transfer.toString()).isEqualTo(422);
        assertThat(transfer.contentType()).startsWith(PROBLEM_JSON);
        assertThat(messageFor(transfer.body(), "toOrganisation"))
                .isEqualTo("Test Organisation " + code + " is retired: it takes on no new enrolments");

        Api.Response reinstated = as("admin").post(ADMIN_ORGANISATIONS + "/" + code + "/reinstate");
        assertThat(reinstated.status()).isEqualTo(200);
        assertThat(reinstated.body().get("active").asBoolean()).isTrue();
        assertThat(as("admin").post(ADMIN_ORGANISATIONS + "/" + code + "/reinstate").status()).isEqualTo(409);
    }

    @Test
    void anEnrolmentIsNotTransferredToAnOrganisationNotServingItsArea() {
        String code = freshCode();
        assertThat(as("admin").post(ADMIN_ORGANISATIONS, Map.of("code", code, "name", "Coventry only",
                "pathways", List.of("HOUSING_FIRST"), "localAuthorities", List.of("COVENTRY"))).status())
                .isEqualTo(201);
        String enrolmentId = referToHousingFirst("Area");

        Api.Response transfer = as("caseworker").post(enrolment(enrolmentId) + "/transfer",
                Map.of("toOrganisation", code, "reason", "Moving", "transferredOn", TODAY.toString()));
        assertThat(transfer.status()).as(transfer.toString()).isEqualTo(422);
        assertThat(messageFor(transfer.body(), "toOrganisation")).isEqualTo("Coventry only does not serve Walsall");
    }

    @Test
    void badInputIsRefusedByFieldAndChangesNothing() {
        Api.Response wrong = as("admin").post(ADMIN_ORGANISATIONS, Map.of("code", "lower case", "name", " ",
                "pathways", List.of(), "localAuthorities", List.of("ATLANTIS")));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.contentType()).startsWith(PROBLEM_JSON);
        assertThat(fields(wrong.body())).containsExactly("localAuthorities");
        Api.Response noServices = as("admin").post(ADMIN_ORGANISATIONS, Map.of("code", "lower case", "name", " ",
                "pathways", List.of(), "localAuthorities", List.of()));
        assertThat(fields(noServices.body())).containsExactly("code", "name", "pathways", "localAuthorities");
        assertThat(organisations.exists("lower case")).isFalse();

        Api.Response taken = as("admin").post(ADMIN_ORGANISATIONS, newOrganisation("DEMO-SUPPORT"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(fields(taken.body())).containsExactly("code");
        assertThat(organisations.nameOf("DEMO-SUPPORT")).isEqualTo("West Midlands Demo Support Trust (demo)");

        Api.Response unknown = as("admin").put(ADMIN_ORGANISATIONS + "/NO-SUCH-ORG/name", "{\"name\": \"X\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith(PROBLEM_JSON);
        String code = created();
        Api.Response longName = as("admin").put(ADMIN_ORGANISATIONS + "/" + code + "/name",
                "{\"name\": \"" + "x".repeat(121) + "\"}");
        assertThat(longName.status()).isEqualTo(400);
        assertThat(messageFor(longName.body(), "name")).isEqualTo("Name must be at most 120 characters");
        assertThat(eventsOf(code)).hasSize(1);
    }

    @Test
    void everyOtherRoleIsRefusedEveryChangeAndAnonymousEvenTheList() {
        String code = created();
        List<String> attempted = new ArrayList<>();
        for (String user : new String[] {"caseworker", "manager", "dpo", "gp", null}) {
            int expected = user == null ? 401 : 403;
            String newCode = freshCode();
            attempted.add(newCode);
            Api caller = as(user);
            for (Api.Response answer : List.of(caller.post(ADMIN_ORGANISATIONS, newOrganisation(newCode)),
                    caller.put(ADMIN_ORGANISATIONS + "/" + code + "/name", "{\"name\": \"Taken over\"}"),
                    caller.put(ADMIN_ORGANISATIONS + "/" + code + "/services",
                            "{\"pathways\": [\"THRIVE_INTO_WORK\"], \"localAuthorities\": [\"COVENTRY\"]}"),
                    caller.post(ADMIN_ORGANISATIONS + "/" + code + "/retire"),
                    caller.post(ADMIN_ORGANISATIONS + "/" + code + "/reinstate"))) {
                assertThat(answer.status()).as(user + " " + answer).isEqualTo(expected);
                assertThat(answer.contentType()).startsWith(PROBLEM_JSON);
            }
        }
        assertThat(as(null).get("/api/organisations").status()).isEqualTo(401);
        assertThat(eventsOf(code)).hasSize(1);
        assertThat(attempted).allSatisfy(attempt -> assertThat(organisations.exists(attempt)).isFalse());
    }

    @Test
    void theCommandBusRefusesAnOrganisationChangeByAnyoneButAnAdministrator() {
        String code = freshCode();
        for (Role role : List.of(Role.CASEWORKER, Role.PROGRAMME_MANAGER, Role.DATA_PROTECTION, Role.GP_REFERRER)) {
            Caller caller = Caller.person("someone", Set.of(role), role == Role.CASEWORKER ? "DEMO-SUPPORT" : null,
                    "test");
            assertThatThrownBy(() -> commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                    new CreateOrganisation(code, "Sneaky", Set.of(Pathway.HOUSING_FIRST),
                            Set.of(LocalAuthority.WALSALL), "someone")).andMetaData(caller.toMetaData())))
                    .as(role.name()).isInstanceOf(AccessRefusedException.class);
        }
        Caller anotherAdmin = Caller.person("admin", Set.of(Role.ADMIN), null, "test");
        assertThatThrownBy(() -> commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                new CreateOrganisation(code, "In another's name", Set.of(Pathway.HOUSING_FIRST),
                        Set.of(LocalAuthority.WALSALL), "someone-else")).andMetaData(anotherAdmin.toMetaData())))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(organisations.exists(code)).isFalse();
    }
}
