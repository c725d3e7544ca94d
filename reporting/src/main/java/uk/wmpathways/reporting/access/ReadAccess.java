package uk.wmpathways.reporting.access;

import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;
import uk.wmpathways.infra.access.AccessAction;
import uk.wmpathways.infra.access.AccessLog;
import uk.wmpathways.infra.access.AccessPurpose;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.BreakGlass;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;

import java.util.Collection;
import java.util.List;

/**
 * Who may read a person's record, decided where the queries are answered, so that the UI and the API get one
 * answer: a caseworker whose organisation registered the person or has (or had) an enrolment of theirs, or has a
 * referral of theirs to decide on, or whom the person agreed may see their record ({@code ParticipantOrganisations}), or who broke the glass for them; nobody else (administrators, programme managers, GP referrers and the data
 * protection role read no case content). Every read that shows a person is written to the access log.
 * The application itself ({@link Caller#system}) reads everything and is not logged.
 */
@Component
public class ReadAccess {

    private final AccessLog log;
    private final BreakGlass glass;

    public ReadAccess(AccessLog log, BreakGlass glass) {
        this.log = log;
        this.glass = glass;
    }

    /** The caller of a query about people's records; refused unless a caseworker (or the application). */
    public Caller caseworker(MetaData metaData) {
        Caller caller = Caller.of(metaData);
        if (!caller.system() && !caller.has(Role.CASEWORKER)) {
            throw new AccessRefusedException("Your role does not give access to people's records");
        }
        return caller;
    }

    /**
     * Why the caller may {@code action} the person whom {@code organisations} may see; refused otherwise, and
     * the refused attempt is logged too (purpose {@code REFUSED}): the data protection officer sees who tried.
     */
    public AccessPurpose participant(Caller caller, AccessAction action, String participantId,
                                     Collection<String> organisations) {
        if (caller.system() || organisations.contains(caller.organisation())) {
            return AccessPurpose.OWN_ORGANISATION;
        }
        if (glass.active(caller, participantId).isPresent()) {
            return AccessPurpose.BREAK_GLASS;
        }
        throw refused(caller, action, participantId, null,
                new AccessRefusedException("This person's record is not shared with your organisation", true));
    }

    /** Logs a refused attempt at a person's record and answers the refusal to throw. */
    public AccessRefusedException refused(Caller caller, AccessAction action, String participantId,
                                          String enrolmentId, AccessRefusedException refusal) {
        log.record(caller, action, AccessPurpose.REFUSED, List.of(participantId), enrolmentId);
        return refusal;
    }

    /** True when the caller broke the glass for this person and it has not expired. */
    public boolean throughTheGlass(Caller caller, String participantId) {
        return glass.active(caller, participantId).isPresent();
    }

    /** The people the caller sees through the glass right now. */
    public List<String> glassParticipants(Caller caller) {
        return glass.activeParticipants(caller);
    }

    public void viewed(Caller caller, AccessAction action, AccessPurpose purpose, Collection<String> participantIds,
                       String enrolmentId) {
        if (!caller.system()) {
            log.record(caller, action, purpose, participantIds, enrolmentId);
        }
    }

    public void searched(Caller caller, AccessAction action, String query, Collection<String> participantIds) {
        if (!caller.system()) {
            log.recordSearch(caller, action, query, participantIds);
        }
    }

    /** True when a subscriber of live updates may get one about a record of {@code organisation}'s. */
    public static boolean mayWatch(MetaData subscriber, Collection<String> organisations) {
        return Caller.from(subscriber)
                .map(caller -> caller.system() || (caller.has(Role.CASEWORKER)
                        && organisations.contains(caller.organisation())))
                .orElse(false);
    }
}
