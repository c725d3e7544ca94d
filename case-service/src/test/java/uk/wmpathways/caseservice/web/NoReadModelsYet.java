package uk.wmpathways.caseservice.web;

import org.axonframework.queryhandling.QueryHandler;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.FindParticipantDataRights;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.IsProcessingRestricted;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.ParticipantDataRights;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.ParticipantPage;
import uk.wmpathways.caseservice.api.ParticipantQueries.FindParticipant;
import uk.wmpathways.caseservice.api.ParticipantQueries.IsParticipantOfOrganisation;
import uk.wmpathways.caseservice.api.ParticipantQueries.SearchParticipants;
import uk.wmpathways.caseservice.api.ParticipantSummary;
import uk.wmpathways.caseservice.api.enrolment.Caseload;
import uk.wmpathways.caseservice.api.enrolment.DueEntry;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindCaseload;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindDueItems;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindEnrolment;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindEnrolmentHistory;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindParticipantEnrolments;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.TimelineEntry;

import java.util.List;

/**
 * Test only: the queries the controllers ask, answered as read models answer before they have projected
 * anything. The read models are the reporting module's, which case-service does not depend on; with these
 * answers the controllers' own work can be tested here (refusals, 401/403, and "unknown id" becoming 404).
 * What a read model shows after a step is tested end to end in caseworker-ui.
 */
@Component
class NoReadModelsYet {

    @QueryHandler
    ParticipantSummary participant(FindParticipant query) {
        return null;
    }

    @QueryHandler
    ParticipantPage participants(SearchParticipants query) {
        return new ParticipantPage(List.of(), 0, query.page(), query.size());
    }

    @QueryHandler
    Boolean supports(IsParticipantOfOrganisation query) {
        return false;
    }

    @QueryHandler
    Boolean restricted(IsProcessingRestricted query) {
        return false;
    }

    @QueryHandler
    ParticipantDataRights dataRights(FindParticipantDataRights query) {
        return null;
    }

    @QueryHandler
    EnrolmentSummary enrolment(FindEnrolment query) {
        return null;
    }

    @QueryHandler
    List<EnrolmentSummary> participantEnrolments(FindParticipantEnrolments query) {
        return List.of();
    }

    @QueryHandler
    List<TimelineEntry> history(FindEnrolmentHistory query) {
        return List.of();
    }

    @QueryHandler
    Caseload caseload(FindCaseload query) {
        return new Caseload(List.of(), java.util.Map.of());
    }

    @QueryHandler
    List<DueEntry> due(FindDueItems query) {
        return List.of();
    }
}
