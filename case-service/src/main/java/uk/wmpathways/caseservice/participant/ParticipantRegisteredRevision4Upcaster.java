package uk.wmpathways.caseservice.participant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.ParticipantRegistered;

/** Revision 4 of {@link ParticipantRegistered} added the registering organisation; older registrations name none. */
@Component
@Order(3)
public class ParticipantRegisteredRevision4Upcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_4 = new SimpleSerializedType(ParticipantRegistered.class.getName(), "4");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(ParticipantRegisteredRevision3Upcaster.REVISION_3);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_4, JsonNode.class, payload -> {
            ObjectNode event = ((ObjectNode) payload).deepCopy();
            event.set("registeringOrganisation", NullNode.getInstance());
            return event;
        });
    }
}
