package uk.wmpathways.gpreferrals.push;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.wmpathways.caseservice.api.gpreferral.RetryGpReferralStatusPush;
import uk.wmpathways.gpreferrals.push.StatusPushAdministration.ListStatusPushes;
import uk.wmpathways.gpreferrals.push.StatusPushAdministration.StatusPushSummary;

import java.util.List;

/** The administrators' API for status pushes; {@link StatusPushAdministrationHandlers} decides who may. */
@RestController
class StatusPushController {

    private final QueryGateway queries;
    private final CommandGateway commands;

    StatusPushController(QueryGateway queries, CommandGateway commands) {
        this.queries = queries;
        this.commands = commands;
    }

    @GetMapping("/api/gp-referrals/pushes")
    List<StatusPushSummary> list(@RequestParam(defaultValue = "GAVE_UP") String state) {
        return queries.query(new ListStatusPushes(state),
                ResponseTypes.multipleInstancesOf(StatusPushSummary.class)).join();
    }

    @PostMapping("/api/gp-referrals/pushes/{pushId}/retry")
    StatusPushSummary retry(@PathVariable String pushId) {
        return commands.sendAndWait(new RetryGpReferralStatusPush(pushId));
    }
}
