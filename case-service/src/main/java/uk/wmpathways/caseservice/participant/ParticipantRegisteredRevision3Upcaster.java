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

/** Revision 3 of {@link ParticipantRegistered} added equality details; registrations before it recorded none. */
@Component
@Order(2)
public class ParticipantRegisteredRevision3Upcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_3 = new SimpleSerializedType(ParticipantRegistered.class.getName(), "3");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(ParticipantRegisteredRevision2Upcaster.REVISION_2);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_3, JsonNode.class, payload -> {
            ObjectNode event = ((ObjectNode) payload).deepCopy();
            event.set("equality", NullNode.getInstance());
            return event;
        });
    }
}
