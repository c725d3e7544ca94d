package uk.wmpathways.infra.access;

import org.axonframework.messaging.MetaData;
import uk.wmpathways.infra.security.Role;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who sent a command or a query: the signed-in person (username, roles, organisation) and the channel it came
 * through ("API GET /api/participants/{id}", "UI participant"). It travels in the message's metadata, put
 * there by {@link CallerDispatchInterceptors} from the security context, never from a request body, so that the
 * handlers decide access with the same rule whichever channel asked.
 * <p>
 * A {@linkplain #system(String) system caller} is the application itself (the demo data loader): it is never
 * built from a request.
 */
public record Caller(String username, Set<Role> roles, String organisation, String channel, boolean system,
                     String practice) {

    static final String USERNAME = "caller.username";
    static final String ROLES = "caller.roles";
    static final String ORGANISATION = "caller.organisation";
    static final String CHANNEL = "caller.channel";
    static final String SYSTEM = "caller.system";
    static final String PRACTICE = "caller.practice";

    public Caller {
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Caller person(String username, Set<Role> roles, String organisation, String channel) {
        return new Caller(username, roles, organisation, channel, false, null);
    }

    /**
     * The same caller of a GP practice ({@code practice}: its ODS code, from the account; null for no practice):
     * a GP referrer may refer only from it, decided by the command handlers from the metadata.
     */
    public Caller withPractice(String practice) {
        return new Caller(username, roles, organisation, channel, system,
                practice == null || practice.isBlank() ? null : practice);
    }

    /** True for a GP referrer of the practice with this ODS code. */
    public boolean refersFor(String practiceOdsCode) {
        return has(Role.GP_REFERRER) && practice != null && practice.equalsIgnoreCase(practiceOdsCode);
    }

    /** The application acting for itself, for example loading the demo data; {@code what} names it. */
    public static Caller system(String what) {
        return new Caller("system:" + what, Set.of(), null, "system", true, null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** True for a caseworker of {@code organisationCode}. */
    public boolean worksFor(String organisationCode) {
        return has(Role.CASEWORKER) && organisation != null && organisation.equals(organisationCode);
    }

    public MetaData toMetaData() {
        Map<String, Object> values = new HashMap<>();
        values.put(USERNAME, username);
        values.put(ROLES, roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")));
        values.put(ORGANISATION, organisation == null ? "" : organisation); // always: a merge must not keep another's
        values.put(CHANNEL, channel == null ? "" : channel);
        values.put(SYSTEM, Boolean.toString(system));
        values.put(PRACTICE, practice == null ? "" : practice);
        return MetaData.from(values);
    }

    /** The caller a message carries, if any. */
    public static Optional<Caller> from(MetaData metaData) {
        Object username = metaData.get(USERNAME);
        if (username == null) {
            return Optional.empty();
        }
        Object roles = metaData.get(ROLES);
        Set<Role> parsed = roles == null || roles.toString().isBlank() ? Set.of()
                : Arrays.stream(roles.toString().split(",")).map(Role::valueOf).collect(Collectors.toSet());
        Object organisation = metaData.get(ORGANISATION);
        Object channel = metaData.get(CHANNEL);
        Object practice = metaData.get(PRACTICE);
        return Optional.of(new Caller(username.toString(), parsed,
                organisation == null || organisation.toString().isEmpty() ? null : organisation.toString(),
                channel == null ? "" : channel.toString(), "true".equals(String.valueOf(metaData.get(SYSTEM))),
                practice == null || practice.toString().isEmpty() ? null : practice.toString()));
    }

    /** The caller a message carries; refused when it carries none (nobody signed in sent it). */
    public static Caller of(MetaData metaData) {
        return from(metaData).orElseThrow(() -> new AccessRefusedException("Sign in to do this"));
    }
}
