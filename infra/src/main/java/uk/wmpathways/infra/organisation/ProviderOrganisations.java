package uk.wmpathways.infra.organisation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The provider organisations that deliver enrolments, by code. Configured as
 * {@code pathways.organisations.<CODE>=<name>}; when none are configured, the fictitious demo organisations.
 */
public class ProviderOrganisations {

    public static final Map<String, String> DEMO = demo();

    private final Map<String, String> namesByCode;

    public ProviderOrganisations(Map<String, String> namesByCode) {
        this.namesByCode = Collections.unmodifiableMap(new LinkedHashMap<>(
                namesByCode == null || namesByCode.isEmpty() ? DEMO : namesByCode));
    }

    public boolean exists(String code) {
        return code != null && namesByCode.containsKey(code);
    }

    /** The organisation's name, or the code itself when it is not (or no longer) configured. */
    public String nameOf(String code) {
        return code == null ? "" : namesByCode.getOrDefault(code, code);
    }

    public Optional<String> find(String code) {
        return Optional.ofNullable(code == null ? null : namesByCode.get(code));
    }

    /** Code to name, in the configured order. */
    public Map<String, String> all() {
        return namesByCode;
    }

    private static Map<String, String> demo() {
        Map<String, String> demo = new LinkedHashMap<>();
        demo.put("DEMO-SUPPORT", "West Midlands Demo Support Trust (demo)");
        demo.put("HOMES-FIRST", "Homes First Partnership (demo)");
        demo.put("STREET-OUTREACH", "Street Outreach Collective (demo)");
        demo.put("WORK-WELL", "Work Well IPS Service (demo)");
        return Collections.unmodifiableMap(demo);
    }
}
