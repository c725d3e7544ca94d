package uk.wmpathways.caseservice.enrolment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.enrolment.TrialArmAllocated;

/** Revision 2 of {@link TrialArmAllocated} can reuse an earlier enrolment's arm; every earlier allocation was a draw. */
@Component
public class TrialArmAllocatedRevision2Upcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(TrialArmAllocated.class.getName(), "1");
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(TrialArmAllocated.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode event = ((ObjectNode) payload).deepCopy();
            event.set("reusedFromEnrolmentId", NullNode.getInstance());
            return event;
        });
    }
}
