package uk.wmpathways.caseservice.participant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.ParticipantRegistered;

/** Revision 1 of {@link ParticipantRegistered} called the phone number {@code phone}; revision 2 {@code phoneNumber}. */
@Component
@Order(1)
public class ParticipantRegisteredRevision2Upcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(ParticipantRegistered.class.getName(), "1");
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(ParticipantRegistered.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode event = ((ObjectNode) payload).deepCopy();
            event.set("phoneNumber", event.remove("phone"));
            return event;
        });
    }
}
