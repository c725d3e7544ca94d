package uk.wmpathways.ui.access;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.BreakGlass;
import uk.wmpathways.infra.access.BreakGlassReasonException;
import uk.wmpathways.infra.access.CallerDispatchInterceptors;

/**
 * What a caseworker sees instead of a record that is not shared with their organisation: why, and, where it
 * applies, how to break the glass (a reason, reviewed by the data protection officer; read-only and
 * time-limited). {@code onGranted} shows the record once the glass is broken.
 */
public class BreakGlassPanel extends VerticalLayout {

    public BreakGlassPanel(AccessRefusedException refused, String participantId, BreakGlass glass,
                           CallerDispatchInterceptors callers, Runnable onGranted) {
        setPadding(false);
        add(new H2("Not shared with your organisation"), new Paragraph(refused.getMessage()));
        if (!refused.breakGlassPossible() || participantId == null) {
            return;
        }
        add(new Paragraph("In a safeguarding emergency you can see this person's record for a limited time. "
                + "Say why: your reason, and everything you look at, is recorded and reviewed by the data "
                + "protection officer."));
        TextArea reason = new TextArea("Why must you see this record now?");
        reason.setId("break-glass-reason");
        reason.setMaxLength(BreakGlass.MAX_REASON_LENGTH);
        reason.setWidthFull();
        Button breakGlass = new Button("Break the glass", click -> {
            try {
                glass.breakGlass(callers.signedIn().orElseThrow(() -> new AccessRefusedException("Sign in again")),
                        participantId, reason.getValue());
                onGranted.run();
            } catch (BreakGlassReasonException missing) {
                reason.setErrorMessage(missing.getMessage());
                reason.setInvalid(true);
            }
        });
        breakGlass.setId("break-glass");
        breakGlass.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(reason, breakGlass);
    }
}
