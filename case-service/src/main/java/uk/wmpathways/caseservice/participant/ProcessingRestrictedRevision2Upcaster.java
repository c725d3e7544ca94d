package uk.wmpathways.caseservice.participant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.consent.ProcessingRestricted;
import uk.wmpathways.caseservice.api.consent.RestrictionGround;

/**
 * Revision 2 of {@link ProcessingRestricted} says on which ground and by whom; before it, a record was restricted
 * only by itself, when the consent it was held on was withdrawn.
 */
@Component
public class ProcessingRestrictedRevision2Upcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(ProcessingRestricted.class.getName(), "1");
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(ProcessingRestricted.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode event = ((ObjectNode) payload).deepCopy();
            event.set("ground", TextNode.valueOf(RestrictionGround.CONSENT_WITHDRAWN.name()));
            event.set("restrictedBy", NullNode.getInstance());
            event.set("note", NullNode.getInstance());
            return event;
        });
    }
}
